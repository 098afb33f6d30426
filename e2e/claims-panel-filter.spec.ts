import { expect, test } from '@playwright/test';
import { claimsPanel, expectClaims, expectPainted } from './helpers';
import { article, bundle, chooseFile, claimOn, importAccepted } from './import-helpers';

// The reader's claims filter: words typed in "Search claims" narrow the panel's list as they
// are typed (accents and case folded, every word required, rationales searched too), together
// with the verdict toggles; clearing brings every claim back, and nothing stored changes.

const T = '2026-11-30T10:00:00.000Z';
const PARAGRAPHS = [
  'Le chômage a baissé de douze pour cent en un an.',
  'Le budget de la santé a doublé depuis 2020.',
  'La dette publique atteint cent dix pour cent du PIB.',
  'Les exportations ont progressé de huit pour cent.',
];
const ARTICLE = { ...article('art-filter', 'Chiffres filtrés', PARAGRAPHS), updatedAt: T };
const CHOMAGE = 'Le chômage a baissé de douze pour cent';
const SANTE = 'Le budget de la santé a doublé';
const DETTE = 'La dette publique atteint cent dix pour cent';
const EXPORTS = 'Les exportations ont progressé';

let serial = 0;
/** A claim of the prepared article, by Ana, with its rationale. */
const claim = (phrase: string, verdict: string, note: string) =>
  claimOn(ARTICLE, ++serial, phrase, verdict, { note });

const CLAIMS = [
  claim(CHOMAGE, 'confirmed', 'Chiffres Insee du trimestre.'),
  claim(SANTE, 'disputed', 'Hausse de 40 %, pas un doublement.'),
  claim(DETTE, 'confirmed', 'Eurostat, fin 2025.'),
  claim(EXPORTS, 'unverified', 'Source douanière à trouver.'),
];
const ALL = [
  { verdict: 'confirmed', quote: CHOMAGE },
  { verdict: 'disputed', quote: SANTE },
  { verdict: 'confirmed', quote: DETTE },
  { verdict: 'unverified', quote: EXPORTS },
] as const;

test('the claims filter narrows the panel as words are typed, and clears', async ({ page }) => {
  await page.goto('/');
  await importAccepted(await chooseFile(page, 'filtre.verdict.json', bundle([ARTICLE], CLAIMS)));
  await page.getByRole('link', { name: 'Chiffres filtrés' }).click();
  await expectClaims(page, [...ALL]);
  const panel = claimsPanel(page);
  const search = panel.getByLabel('Search claims');

  // "pour cent" is in two quotes; typed one key at a time, the list follows each key.
  await search.pressSequentially('POUR CENT');
  await expectClaims(page, [ALL[0], ALL[2]]);
  await expect(panel.getByText('2 of 4 claims shown')).toBeVisible();

  // Accents folded, and a rationale's words count: "eurostat" is only in one rationale.
  await search.fill('');
  await expectClaims(page, [...ALL]);
  await expect(panel.getByText(/of 4 claims shown/)).toHaveCount(0);
  await search.pressSequentially('sante doublement');
  await expectClaims(page, [ALL[1]]);
  await search.fill('eurostat');
  await expectClaims(page, [ALL[2]]);

  // Words and a verdict together; then no claim at all.
  await search.fill('pour cent');
  await panel.getByRole('button', { name: /^Confirmed/ }).click();
  await expectClaims(page, [ALL[0], ALL[2]]);
  await search.fill('exportations');
  await expectClaims(page, []);
  await expect(panel.getByText('0 of 4 claims shown')).toBeVisible();

  // Cleared: every claim is listed and still painted in the text; a reload keeps them all.
  await panel.getByRole('button', { name: /^Confirmed/ }).click();
  await search.fill('');
  await expectClaims(page, [...ALL]);
  await expectPainted(page, {
    confirmed: [CHOMAGE, DETTE],
    disputed: [SANTE],
    unverified: [EXPORTS],
  });
  await page.reload();
  await expectClaims(page, [...ALL]);
  await expect(claimsPanel(page).getByLabel('Search claims')).toHaveValue('');
});
