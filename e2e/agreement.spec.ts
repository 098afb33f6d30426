import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { claimCard, claimsPanel, expectClaims, expectNoViolations } from './helpers';
import { article, bundle, chooseFile, claimOn, importAccepted } from './import-helpers';

// Agreement between two reviewers who judged the same article independently: the summary and
// its kappa, the library's figure, the disagreements filter and one adjudication.

const T = '2026-11-30T10:00:00.000Z';
const PARAGRAPHS = [
  'Le chômage a baissé de douze pour cent en un an.',
  'Le budget de la santé a doublé depuis 2020.',
  'La dette publique atteint cent dix pour cent du PIB.',
  'Les exportations ont progressé de huit pour cent.',
  'Le nombre de fonctionnaires a diminué cette année.',
  'Une réforme des retraites sera votée au printemps.',
];
const ARTICLE = { ...article('art-agree', 'Chiffres du jour', PARAGRAPHS), updatedAt: T };
const sentence = (i: number) => PARAGRAPHS[i]!.slice(0, -1);
const EXPORTS = sentence(3);
const EXPORTS_BO = 'ont progressé de huit pour cent';

let serial = 0;
/** A claim of the prepared article by a reviewer, its rationale naming them. */
const claim = (by: string, phrase: string, verdict: string) =>
  claimOn(ARTICLE, ++serial, phrase, verdict, {
    note: `${by} : ${verdict}`,
    createdBy: by,
    updatedBy: by,
  });

/*
 * Ana and Bo each judged the article on their own. Five sentences both judged (Bo's claim on
 * the exports covers only part of Ana's sentence, more than half of his own words), one only
 * Ana judged:
 *
 *                  Bo confirmed  Bo disputed   total
 *   Ana confirmed        2             1          3
 *   Ana disputed         0             2          2
 *   total                2             3          5
 *
 * po = (2 + 2) / 5 = 0.8
 * pe = (3/5)(2/5) + (2/5)(3/5) = 6/25 + 6/25 = 0.48
 * κ  = (0.8 − 0.48) / (1 − 0.48) = 0.32 / 0.52 = 0.615… → "0.62"
 */
const CLAIMS = [
  claim('Ana', sentence(0), 'confirmed'),
  claim('Bo', sentence(0), 'confirmed'),
  claim('Ana', sentence(1), 'confirmed'),
  claim('Bo', sentence(1), 'confirmed'),
  claim('Ana', sentence(2), 'disputed'),
  claim('Bo', sentence(2), 'disputed'),
  claim('Ana', EXPORTS, 'confirmed'),
  claim('Bo', EXPORTS_BO, 'disputed'),
  claim('Ana', sentence(4), 'disputed'),
  claim('Bo', sentence(4), 'disputed'),
  claim('Ana', sentence(5), 'unverified'),
];
const BO_EXPORTS_ID = CLAIMS[7]!.id;

async function setReviewer(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: /^Save/ }).click();
  await expect(dialog).toHaveCount(0);
}

const summary = (page: Page) =>
  claimsPanel(page).getByRole('region', { name: 'Agreement between reviewers' });
const libraryFigure = (page: Page) =>
  page.getByRole('region', { name: 'Agreement between reviewers' }).getByRole('listitem');

test('the agreement of two reviewers is measured, filtered and adjudicated', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await setReviewer(page, 'Eve');
  await importAccepted(await chooseFile(page, 'chiffres.verdict.json', bundle([ARTICLE], CLAIMS)));

  // The library's figure for the pair, computed over every article.
  await expect(libraryFigure(page)).toHaveText([
    'Ana – Bo Cohen’s kappa 0.62 · 4 of 5 shared judgements agree',
  ]);

  // All claims: the disagreements filter keeps the two claims on the exports, and leads there.
  await page.getByRole('link', { name: 'All claims' }).click();
  const rows = page.getByRole('list', { name: 'Claims' }).getByRole('link');
  await expect(rows).toHaveCount(11);
  await page.getByRole('button', { name: /^Disagreements/ }).click();
  await expect(rows).toHaveText([EXPORTS, EXPORTS_BO]);
  await rows.filter({ hasText: EXPORTS }).first().click();
  const anas = claimCard(page, 'confirmed', EXPORTS);
  await expect(anas).toHaveAttribute('aria-current', 'true');

  // The article's summary: 4 pairs agree, 1 disagrees, 1 claim is Ana's only, κ as above.
  await expect(summary(page)).toContainText('Ana, Bo');
  await expect(summary(page).getByRole('listitem')).toHaveText([
    '4 pairs agree',
    '1 pair disagrees',
    '1 claim by one reviewer only',
    'Cohen’s kappa 0.62',
  ]);

  // The panel's filter shows the two judgements of the exports.
  await claimsPanel(page)
    .getByRole('button', { name: /^Disagreements/ })
    .click();
  await expect(claimsPanel(page).getByText('2 of 11 claims shown')).toBeVisible();

  // Eve adjudicates: Disputed, keeping Ana's claim (its words).
  await anas.getByRole('button', { name: 'Adjudicate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Adjudicate a disagreement' });
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expectNoViolations(page, 'the agreement summary and the adjudication dialog');
  await expect(dialog).toContainText('Bo : disputed');
  await dialog.getByRole('button', { name: 'Make one claim' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose the final verdict.');
  const kept = dialog.getByRole('group', { name: 'Keep the claim of' });
  await expect(kept.getByRole('radio', { name: 'Ana Confirmed' })).toBeChecked();
  const final = dialog.getByRole('group', { name: 'Final verdict' });
  // The radio itself is visually hidden: a pointer user clicks its label.
  await final.getByText('Disputed').click();
  await expect(final.getByRole('radio', { name: 'Disputed' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Make one claim' }).click();
  await expect(dialog).toBeHidden();
  await claimsPanel(page)
    .getByRole('button', { name: /^Disagreements/ })
    .click();

  // After a reload: one claim on the exports, disputed; the figures follow.
  await page.reload();
  // One line per claim, so that the whole (virtualised) list is in the page.
  await claimsPanel(page).getByRole('button', { name: 'List', exact: true }).click();
  await expectClaims(page, [
    { verdict: 'confirmed', quote: sentence(0) },
    { verdict: 'confirmed', quote: sentence(0) },
    { verdict: 'confirmed', quote: sentence(1) },
    { verdict: 'confirmed', quote: sentence(1) },
    { verdict: 'disputed', quote: sentence(2) },
    { verdict: 'disputed', quote: sentence(2) },
    { verdict: 'disputed', quote: EXPORTS },
    { verdict: 'disputed', quote: sentence(4) },
    { verdict: 'disputed', quote: sentence(4) },
    { verdict: 'unverified', quote: sentence(5) },
  ]);
  // Four units left, two confirmed and two disputed by both: po = 1, pe = 0.5, κ = 1.
  await expect(summary(page).getByRole('listitem')).toHaveText([
    '4 pairs agree',
    '0 pairs disagree',
    '2 claims by one reviewer only',
    'Cohen’s kappa 1.00',
  ]);
  await expect(claimsPanel(page).getByRole('button', { name: /^Disagreements/ })).toHaveCount(0);

  // The saved record: the kept claim's log names both verdicts; Bo's claim left a tombstone.
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /^Verdict bundle/ }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    claims: { id: string; verdict: string; log: { kind: string; by: string; reason?: string }[] }[];
    tombstones: { id: string; deletedBy: string }[];
  };
  const keptClaim = saved.claims.find((c) => c.id === CLAIMS[6]!.id)!;
  expect(keptClaim.verdict).toBe('disputed');
  expect(keptClaim.log.at(-1)).toMatchObject({
    kind: 'merge',
    by: 'Eve',
    reason: 'adjudication of Ana: confirmed; Bo: disputed',
  });
  expect(saved.claims.some((c) => c.id === BO_EXPORTS_ID)).toBe(false);
  expect(saved.tombstones).toContainEqual(expect.objectContaining({ id: BO_EXPORTS_ID }));

  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await expect(libraryFigure(page)).toHaveText([
    'Ana – Bo Cohen’s kappa 1.00 · 4 of 4 shared judgements agree',
  ]);
});
