import { expect, test } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  articleText,
  claimCard,
  claimsPanel,
  clickPhrase,
  expectClaims,
  expectPainted,
  isPhraseInView,
  markPhrase,
  paintedTexts,
  selectPhrase,
  selectedHighlightTexts,
} from './helpers';

// Annotating the French article: three claims (two of them overlapping a third), their
// highlights, and finding a claim from the text and from the panel.

const SENTENCE =
  "C'est Cloudwatt, avec l'accord de son conseil de surveillance, qui a demandé un audit pour faciliter l'arrivée d'un nouveau directeur général.";
// Across the two sentences: the fixture has a non-breaking space (U+00A0) between them.
const ACROSS = "n'a pas demandé d'audit.\u00a0C'est Cloudwatt";

const CLAIMS = [
  { verdict: 'disputed', quote: BERCY_QUOTE },
  { verdict: 'unverified', quote: ACROSS },
  { verdict: 'confirmed', quote: SENTENCE },
] as const;
const PAINTED = { disputed: [BERCY_QUOTE], unverified: [ACROSS], confirmed: [SENTENCE] };

test('three overlapping claims on the French article, found from the text', async ({ page }) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Cloudwatt et l’audit' });
  expect(await articleText(page).textContent()).toContain(`${BERCY_QUOTE}.\u00a0C'est`);

  // Disputed with the toolbar button.
  await selectPhrase(page, BERCY_QUOTE);
  const toolbar = page.getByRole('toolbar', { name: 'Mark the selection as a claim' });
  await toolbar.getByRole('button', { name: 'Disputed' }).click();
  await expect(claimCard(page, 'disputed', BERCY_QUOTE)).toBeVisible();

  // Confirmed with the `c` key; Unverified with `u`, overlapping both.
  await markPhrase(page, SENTENCE, 'confirmed');
  await markPhrase(page, ACROSS, 'unverified');

  const checkClaims = async () => {
    await expectClaims(page, [...CLAIMS]);
    await expect(claimsPanel(page).getByRole('heading', { name: /^Claims/ })).toContainText('3');
    await expectPainted(page, PAINTED);
  };
  await checkClaims();
  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await checkClaims();
  await expect(claimsPanel(page).locator('[aria-current="true"]')).toHaveCount(0);

  // A word in one claim only: that claim becomes the current one.
  await clickPhrase(page, '"Bercy"');
  await expect(claimCard(page, 'disputed', BERCY_QUOTE)).toHaveAttribute('aria-current', 'true');
  await expect(claimsPanel(page).locator('[aria-current="true"]')).toHaveCount(1);
  await expect.poll(() => selectedHighlightTexts(page)).toEqual([BERCY_QUOTE]);
  const overlap = page.getByRole('dialog', { name: 'Claims at this place' });
  await expect(overlap).toBeHidden();

  await clickPhrase(page, 'surveillance');
  await expect(claimCard(page, 'confirmed', SENTENCE)).toHaveAttribute('aria-current', 'true');
  await expect(overlap).toBeHidden();

  // Where the disputed and the unverified claims overlap: a menu offers both.
  await clickPhrase(page, 'pas demandé');
  await expect(overlap).toBeVisible();
  const choices = overlap.getByRole('button');
  await expect(choices).toHaveCount(2);
  await expect(overlap.getByRole('button', { name: /Disputed/ })).toContainText(BERCY_QUOTE);
  const unverifiedChoice = overlap.getByRole('button', { name: /Unverified/ });
  await expect(unverifiedChoice).toContainText("n'a pas demandé d'audit.");
  await unverifiedChoice.click();
  await expect(overlap).toBeHidden();
  await expect(claimCard(page, 'unverified', ACROSS)).toHaveAttribute('aria-current', 'true');
  await expect(claimCard(page, 'confirmed', SENTENCE)).not.toHaveAttribute('aria-current');
  await expect.poll(() => selectedHighlightTexts(page)).toEqual([ACROSS]);

  // Where the unverified and the confirmed claims overlap.
  await clickPhrase(page, "C'est Cloudwatt");
  await expect(overlap).toBeVisible();
  await expect(overlap.getByRole('button')).toHaveCount(2);
  await overlap.getByRole('button', { name: /Confirmed/ }).click();
  await expect(claimCard(page, 'confirmed', SENTENCE)).toHaveAttribute('aria-current', 'true');
  await expect(claimCard(page, 'unverified', ACROSS)).not.toHaveAttribute('aria-current');

  // Nothing was changed by looking around.
  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await checkClaims();
});

test('a claim chosen in the panel is scrolled into view in a long article', async ({ page }) => {
  const paragraphs = Array.from(
    { length: 80 },
    (_, i) =>
      `Paragraphe ${i + 1}. Le conseil municipal a examiné le point ${i + 1} de l'ordre du jour, ` +
      `puis il a entendu les observations des habitants du quartier sur le budget et les travaux.`,
  );
  const target = 'la piscine municipale rouvrira le 3 mars';
  paragraphs[76] = `Paragraphe 77. Selon le maire, ${target}, après deux ans de travaux.`;
  await page.goto('/');
  await addArticleFromText(page, paragraphs.join('\n\n'), { title: 'Conseil municipal' });
  await expect(articleText(page).locator('p')).toHaveCount(80);

  await markPhrase(page, target, 'unverified');
  await markPhrase(page, 'Paragraphe 2.', 'confirmed');

  const scrollToTopAndCheck = async () => {
    // Back to the top of the article with the keyboard; the claim is now far below.
    await articleText(page).focus();
    await page.keyboard.press('Control+Home');
    await expect.poll(() => isPhraseInView(page, 'Paragraphe 1.')).toBe(true);
    expect(await isPhraseInView(page, target)).toBe(false);

    await claimCard(page, 'unverified', target).getByRole('button', { name: target }).click();
    await expect.poll(() => isPhraseInView(page, target)).toBe(true);
    await expect(claimCard(page, 'unverified', target)).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => selectedHighlightTexts(page)).toEqual([target]);
    // The claim is painted with its verdict where it now shows.
    await expect.poll(async () => (await paintedTexts(page)).unverified).toContain(target);
  };
  await scrollToTopAndCheck();

  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await expectClaims(page, [
    { verdict: 'confirmed', quote: 'Paragraphe 2.' },
    { verdict: 'unverified', quote: target },
  ]);
  await scrollToTopAndCheck();
});

test('a click on a highlighted word selects its claim even while other words are selected', async ({
  page,
}) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Cloudwatt et l’audit' });
  await markPhrase(page, BERCY_QUOTE, 'disputed');
  await markPhrase(page, 'Patrick Starck', 'confirmed');
  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await expectClaims(page, [
    { verdict: 'confirmed', quote: 'Patrick Starck' },
    { verdict: 'disputed', quote: BERCY_QUOTE },
  ]);

  // Words selected (the toolbar is offered), then a single click on a highlighted word.
  await selectPhrase(page, 'Une affaire à suivre');
  await clickPhrase(page, 'Patrick Starck');
  await expect(claimCard(page, 'confirmed', 'Patrick Starck')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page.getByRole('toolbar', { name: 'Mark the selection as a claim' })).toBeHidden();

  // Once more, from a selection to another claim's word.
  await selectPhrase(page, 'Une affaire à suivre');
  await clickPhrase(page, '"Bercy"');
  await expect(claimCard(page, 'disputed', BERCY_QUOTE)).toHaveAttribute('aria-current', 'true');
  await expect(claimCard(page, 'confirmed', 'Patrick Starck')).not.toHaveAttribute('aria-current');
});
