import { expect, test, type Page } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  articleText,
  claimCard,
  claimsPanel,
  expectClaims,
  expectPainted,
  markPhrase,
  selectPhrase,
} from './helpers';

const FIXED_QUOTE = `"Bercy" n'a pas réclamé d'audit`;

async function annotate(page: Page): Promise<void> {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Cloudwatt' });
  await markPhrase(page, 'Patrick Starck', 'confirmed');
  await markPhrase(page, BERCY_QUOTE, 'disputed');
  await markPhrase(page, 'Une affaire à suivre.', 'unverified');
}

/** Selects whole paragraphs, from the start of one to the start of another, in edit mode. */
async function selectParagraphs(page: Page, first: number, upTo: number): Promise<void> {
  await articleText(page).evaluate(
    (root, [first, upTo]) => {
      const paragraphs = root.querySelectorAll('p');
      const range = document.createRange();
      range.setStart(paragraphs[first!]!, 0);
      range.setEnd(paragraphs[upTo!]!, 0);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [first, upTo],
  );
}

test('correcting the text keeps every claim on its words, and orphans deleted ones', async ({
  page,
}) => {
  await annotate(page);
  await page.getByRole('button', { name: 'Edit text' }).click();
  await expect(page.getByRole('button', { name: 'Done editing' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Remove the site's "report an error" boilerplate: the four paragraphs before the title.
  await articleText(page).focus();
  await selectParagraphs(page, 0, 4);
  await page.keyboard.press('Backspace');
  await expect(articleText(page)).not.toContainText('Signaler une erreur');

  // Fix a word inside the disputed claim, and delete the unverified claim's words.
  await selectPhrase(page, "demandé d'audit", 0, { editing: true });
  await page.keyboard.type("réclamé d'audit");
  await selectPhrase(page, 'Une affaire à suivre.', 0, { editing: true });
  await page.keyboard.press('Backspace');
  await expectPainted(page, { confirmed: ['Patrick Starck'], disputed: [FIXED_QUOTE] });

  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.reload();
  await expect(articleText(page)).not.toContainText('Signaler une erreur');
  await expect(articleText(page)).toContainText(FIXED_QUOTE);
  await expectPainted(page, { confirmed: ['Patrick Starck'], disputed: [FIXED_QUOTE] });
  await expect(claimCard(page, 'confirmed', 'Patrick Starck')).toBeVisible();
  await expect(claimCard(page, 'disputed', FIXED_QUOTE)).toBeVisible();
  // The claim whose words were deleted is kept, listed as not found, its quote struck through.
  const orphans = claimsPanel(page).getByRole('region', { name: /Not found in the text/ });
  const orphan = orphans.getByRole('article', { name: 'Unverified claim: Une affaire à suivre.' });
  await expect(orphan).toBeVisible();
  await expect(orphan.locator('s')).toHaveText('Une affaire à suivre.');
});

test('undo in the editor brings back the text and the claim on it', async ({ page }) => {
  await annotate(page);
  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectPhrase(page, 'Patrick Starck', 0, { editing: true });
  await page.keyboard.press('Backspace');
  await expectPainted(page, { disputed: [BERCY_QUOTE], unverified: ['Une affaire à suivre.'] });
  await page.keyboard.press('Control+z');
  await expect(articleText(page)).toContainText('Patrick Starck');
  await expectPainted(page, {
    confirmed: ['Patrick Starck'],
    disputed: [BERCY_QUOTE],
    unverified: ['Une affaire à suivre.'],
  });
  await page.getByRole('button', { name: 'Done editing' }).click();
  await page.reload();
  await expectClaims(page, [
    { verdict: 'confirmed', quote: 'Patrick Starck' },
    { verdict: 'disputed', quote: BERCY_QUOTE },
    { verdict: 'unverified', quote: 'Une affaire à suivre.' },
  ]);
});

test('an orphaned claim is re-attached by selecting new words', async ({ page }) => {
  await annotate(page);
  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectPhrase(page, 'Une affaire à suivre.', 0, { editing: true });
  await page.keyboard.press('Backspace');
  await page.getByRole('button', { name: 'Done editing' }).click();

  const orphan = claimCard(page, 'unverified', 'Une affaire à suivre.');
  await orphan.getByRole('button', { name: 'Re-attach to new words…' }).click();
  await expect(page.getByText(/Select the words for “Une affaire à suivre.”/)).toBeVisible();
  // The toolbar now offers "Attach here" instead of verdicts.
  await selectPhrase(page, 'Cloudwatt est là et restera là', 0, { editing: true });
  await page
    .getByRole('toolbar', { name: 'Attach the claim' })
    .getByRole('button', { name: 'Attach here' })
    .click();

  await expect(claimCard(page, 'unverified', 'Cloudwatt est là et restera là')).toBeVisible();
  await expect(
    claimsPanel(page).getByRole('region', { name: /Not found in the text/ }),
  ).toHaveCount(0);
  await page.reload();
  await expectPainted(page, {
    confirmed: ['Patrick Starck'],
    disputed: [BERCY_QUOTE],
    unverified: ['Cloudwatt est là et restera là'],
  });
});

test('the find box finds a phrase typed without its quotes and marks it as a claim', async ({
  page,
}) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Cloudwatt' });
  await articleText(page).focus();
  await page.keyboard.press('/');
  const find = page.getByRole('searchbox', { name: 'Find in article' });
  await expect(find).toBeFocused();
  await find.fill("Bercy n'a pas demandé d'audit");
  await expect(page.getByRole('search').getByRole('status')).toHaveText('1 of 1');
  const current = () =>
    page.evaluate(() => [...(CSS.highlights.get('find-current') ?? [])].map((r) => r.toString()));
  await expect.poll(current).toEqual([`Bercy" n'a pas demandé d'audit`]);

  // Curly apostrophes, no accents, other case: still found.
  await find.fill('BERCY N’A PAS DEMANDE D’AUDIT');
  await expect(page.getByRole('search').getByRole('status')).toHaveText('1 of 1');
  await page.getByLabel('Match accents').check();
  await expect(page.getByRole('search').getByRole('status')).toHaveText('No match');
  await page.getByLabel('Match accents').uncheck();

  // Several matches: next and previous move through them.
  await find.fill('cloudwatt');
  await expect(page.getByRole('search').getByRole('status')).toHaveText(/^1 of \d+$/);
  await find.press('Enter');
  await expect(page.getByRole('search').getByRole('status')).toHaveText(/^2 of \d+$/);
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(page.getByRole('search').getByRole('status')).toHaveText(/^1 of \d+$/);

  await find.fill("Bercy n'a pas demandé d'audit");
  await page
    .getByRole('group', { name: 'Mark the current match as a claim' })
    .getByRole('button', { name: 'Disputed' })
    .click();
  await expect(claimCard(page, 'disputed', `Bercy" n'a pas demandé d'audit`)).toBeVisible();
  await page.reload();
  await expectPainted(page, { disputed: [`Bercy" n'a pas demandé d'audit`] });
});
