import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  chooseVerdict,
  claimCard,
  claimsPanel,
  markPhrase,
  openCard,
  selectPhrase,
} from './helpers';
import { exportBundle, reviewerPage } from './export-helpers';
import { article, bundle, chooseFile, importAccepted, importPath } from './import-helpers';

// The review record: every change a reviewer makes is in the claim's log, shown on its card as
// a timeline that travels with the bundle; approvals hold; a stray verdict key does nothing to
// a claim out of sight.

/** Imports a bundle from the library, then opens its article. */
async function importAndOpen(page: Page, path: string): Promise<void> {
  await importPath(page, path);
  await page.getByRole('link', { name: 'Cloudwatt', exact: true }).click();
  await expect(claimsPanel(page)).toBeVisible();
}

/** The timeline of a card (its details opened), newest first. */
async function timeline(card: Locator): Promise<Locator> {
  const changes = card.getByRole('region', { name: 'Changes' });
  if (!(await changes.isVisible())) await card.getByRole('button', { name: 'Details' }).click();
  await expect(changes).toBeVisible();
  return changes.getByRole('listitem');
}

/** The sentences of a card's timeline, newest first, without their dates. */
async function sentences(card: Locator): Promise<string[]> {
  const entries = await timeline(card);
  return entries.locator('.timeline-text').allInnerTexts();
}

test('the log of two reviewers survives reload, export and import; approvals hold', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const ana = await reviewerPage(browser, 'Ana');
  const bo = await reviewerPage(browser, 'Bo');

  await addArticleFromText(ana, FRENCH_ARTICLE(), { title: 'Cloudwatt' });
  await markPhrase(ana, BERCY_QUOTE, 'disputed');
  const anaCard = claimCard(ana, 'disputed', BERCY_QUOTE);
  await openCard(anaCard);
  await anaCard
    .getByRole('group', { name: 'Review' })
    .getByRole('button', { name: 'Send for review' })
    .click();
  await expect(anaCard.getByRole('group', { name: 'Review' })).toContainText('In review');

  // Bo receives Ana's claim with its log, and approves it.
  await importAndOpen(bo, await exportBundle(ana));
  let boCard = claimCard(bo, 'disputed', BERCY_QUOTE);
  await openCard(boCard);
  expect(await sentences(boCard)).toEqual([
    'Ana changed the review state Draft → In review',
    'Ana created the claim',
  ]);
  const review = boCard.getByRole('group', { name: 'Review' });
  await review.getByRole('button', { name: 'Approve' }).click();
  await expect(review).toContainText('by Bo');

  // Changing the verdict of an approved claim asks first; declined, nothing changes.
  await chooseVerdict(boCard, 'confirmed');
  const ask = bo.getByRole('dialog', { name: 'Change an approved claim?' });
  await expect(ask).toContainText('sends it back to “In review”');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toContainText('Approved');
  await expect(boCard.getByRole('radio', { name: /Disputed/ })).toBeChecked();
  // Confirmed, the claim goes back to review and the log records both.
  await chooseVerdict(boCard, 'confirmed');
  await ask.getByRole('button', { name: 'Change and send back to review' }).click();
  boCard = claimCard(bo, 'confirmed', BERCY_QUOTE);
  await expect(boCard.getByRole('group', { name: 'Review' })).toContainText('In review');

  // Bo's library now holds claims by Ana and by Bo: approving needs a second reviewer.
  await markPhrase(bo, 'Patrick Starck', 'unverified');
  const own = claimCard(bo, 'unverified', 'Patrick Starck').getByRole('group', { name: 'Review' });
  await own.getByRole('button', { name: 'Send for review' }).click();
  await own.getByRole('button', { name: 'Approve' }).click();
  await expect(own.getByRole('alert')).toHaveText(
    'Approval needs a second reviewer: Bo made this claim, so someone else approves it.',
  );
  await expect(own).toContainText('In review');
  await bo.getByRole('button', { name: 'Settings' }).click();
  const settings = bo.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByLabel('Approval needs a second reviewer')).toBeChecked();
  await settings.getByRole('button', { name: 'Cancel' }).click();

  const expected = [
    'Bo changed the verdict Disputed → Confirmed and the review state Approved → In review',
    'Bo changed the review state In review → Approved',
    'Ana changed the review state Draft → In review',
    'Ana created the claim',
  ];
  await bo.reload();
  boCard = claimCard(bo, 'confirmed', BERCY_QUOTE);
  await openCard(boCard);
  expect(await sentences(boCard)).toEqual(expected);

  // Ana receives Bo's work: the same timeline.
  await importAndOpen(ana, await exportBundle(bo));
  const back = claimCard(ana, 'confirmed', BERCY_QUOTE);
  await openCard(back);
  expect(await sentences(back)).toEqual(expected);

  // Ana restores the state Bo approved, in one action, itself recorded.
  const entries = await timeline(back);
  await entries
    .filter({ hasText: 'Bo changed the review state In review → Approved' })
    .getByRole('button', { name: /^Restore this state/ })
    .click();
  const restored = claimCard(ana, 'disputed', BERCY_QUOTE);
  await expect(restored.getByRole('group', { name: 'Review' })).toContainText('by Bo');
  await ana.reload();
  await openCard(restored);
  const after = await sentences(restored);
  expect(after[0]).toMatch(
    /^Ana restored the state of .+: the verdict Confirmed → Disputed and the review state In review → Approved$/,
  );
  expect(after.slice(1)).toEqual(expected);
  await ana.context().close();
  await bo.context().close();
});

const PARAGRAPHS = Array.from(
  { length: 40 },
  (_, i) =>
    `Paragraphe ${i + 1}. La phrase ${i + 1} dit une chose a verifier, puis continue longuement pour remplir la ligne.`,
);
const QUOTE = (i: number) => `La phrase ${i} dit une chose`;
const LONG = article('00000000-0000-4000-8000-00000000000a', 'Long', PARAGRAPHS);

/** The bundle's claim on paragraph `i` (1-based), unverified. */
function paragraphClaim(i: number): object {
  const text = LONG.text;
  const start = text.indexOf(QUOTE(i));
  const end = start + QUOTE(i).length;
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    articleId: LONG.id,
    anchor: {
      exact: QUOTE(i),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
      start,
      end,
    },
    verdict: 'unverified',
    note: '',
    evidence: [],
    tags: [],
    claimant: '',
    claimDate: '',
    reviewState: 'draft',
    approvedBy: '',
    approvedAt: '',
    reviewComment: '',
    createdAt: '2026-11-30T09:00:00.000Z',
    createdBy: 'Ana',
    updatedAt: '2026-11-30T09:00:00.000Z',
    updatedBy: 'Ana',
    history: [],
  };
}

test('a stray verdict key does nothing to a selected claim out of sight, and says why', async ({
  page,
}) => {
  await page.goto('/');
  const claims = PARAGRAPHS.map((_, i) => paragraphClaim(i + 1));
  await importAccepted(await chooseFile(page, 'long.verdict.json', bundle([LONG], claims)));
  await page.getByRole('link', { name: 'Long', exact: true }).click();
  const first = claimCard(page, 'unverified', QUOTE(1));
  await openCard(first);

  // The claim's card and words scrolled out of sight: the key changes nothing.
  await page.evaluate(() => {
    for (const selector of ['.claims-panel', '.article-scroller']) {
      const scroller = document.querySelector(selector)!;
      scroller.scrollTop = scroller.scrollHeight;
    }
  });
  await expect(first).not.toBeInViewport();
  await page.keyboard.press('c');
  await expect(page.getByRole('status').filter({ hasText: 'not on screen' })).toContainText(
    'The selected claim is not on screen, so its verdict was not changed.',
  );

  // Back in sight, the same key re-judges it.
  await page.evaluate(() => (document.querySelector('.claims-panel')!.scrollTop = 0));
  await openCard(first);
  await page.keyboard.press('c');
  await expect(claimCard(page, 'confirmed', QUOTE(1))).toBeVisible();
  await page.reload();
  await expect(claimCard(page, 'confirmed', QUOTE(1))).toBeVisible();
  await expect(claimsPanel(page).getByRole('list', { name: 'Claims per verdict' })).toContainText(
    'Confirmed 1',
  );
});

const CLAIM = 'la dette publique a baissé de deux pour cent';
const SENTENCE = `Le ministre affirme que ${CLAIM} cette année.`;
const TEXT = [
  `${SENTENCE} Il s’en félicite devant les députés.`,
  `Sur les réseaux, un internaute relaie la rumeur : selon lui, ${CLAIM}, sans citer de source.`,
].join('\n\n');

test('deleting the words and accepting the suggested place are in the log', async ({ browser }) => {
  const page = await reviewerPage(browser, 'Chloé');
  await addArticleFromText(page, TEXT, { title: 'La dette' });
  await markPhrase(page, CLAIM, 'disputed');
  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectPhrase(page, `${SENTENCE} `, 0, { editing: true });
  await page.keyboard.press('Backspace');
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const orphans = claimsPanel(page).getByRole('region', { name: /Not found in the text/ });
  await orphans.getByRole('button', { name: 'Attach here' }).click();
  await expect(orphans).toHaveCount(0);

  await page.reload();
  const card = claimCard(page, 'disputed', CLAIM);
  await openCard(card);
  expect(await sentences(card)).toEqual([
    `Chloé re-attached the claim: the place of the words “${CLAIM}”`,
    'Chloé edited the text and deleted the claim’s words',
    'Chloé created the claim',
  ]);
  await page.context().close();
});

test('the timeline reads in French, with French typography', async ({ browser }) => {
  const page = await reviewerPage(browser, 'Bo');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Cloudwatt' });
  await markPhrase(page, BERCY_QUOTE, 'disputed');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Language').selectOption('fr');
  await page
    .getByRole('dialog', { name: 'Paramètres' })
    .getByRole('button', { name: 'Annuler' })
    .click();
  const card = page.getByRole('complementary', { name: 'Affirmations' }).getByRole('article');
  await openCard(card);
  await card.getByRole('group', { name: 'Verdict' }).getByText('Confirmé').click();
  await expect(card.getByRole('radio', { name: /Confirmé/ })).toBeChecked();
  await card.getByRole('button', { name: 'Détails' }).click();
  const entries = card.getByRole('region', { name: 'Modifications' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('Bo a changé le verdict Contesté → Confirmé');
  await expect(entries.last()).toContainText('Bo a créé l’affirmation');
  await expect(entries.first().getByRole('button')).toHaveCount(0);
  await expect(
    entries.last().getByRole('button', { name: /^Rétablir cet état du / }),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('timeline-fr.png') });
  await page.context().close();
});
