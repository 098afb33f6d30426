import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  addArticleFromText,
  claimCard,
  claimsPanel,
  expectPainted,
  markPhrase,
  selectPhrase,
} from './helpers';
import { choosePath, importAccepted } from './import-helpers';

const CLAIM = 'la dette publique a baissé de deux pour cent';
const SENTENCE = `Le ministre affirme que ${CLAIM} cette année.`;
const TEXT = [
  `${SENTENCE} Il s’en félicite devant les députés.`,
  'Les chiffres de l’Insee racontent une autre histoire, publiée jeudi.',
  `Sur les réseaux, un internaute relaie la rumeur : selon lui, ${CLAIM}, sans citer de source.`,
].join('\n\n');

test('a claim whose sentence was deleted is offered the same words elsewhere', async ({ page }) => {
  await page.goto('/');
  await addArticleFromText(page, TEXT, { title: 'La dette' });
  await markPhrase(page, CLAIM, 'disputed');

  // Delete the claim's sentence; the same words remain in another paragraph's sentence.
  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectPhrase(page, `${SENTENCE} `, 0, { editing: true });
  await page.keyboard.press('Backspace');
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // Not settled silently: listed as not found, with the other place as a suggestion.
  const orphans = claimsPanel(page).getByRole('region', { name: /Not found in the text/ });
  const suggestion = orphans.getByRole('note').filter({ hasText: 'in another context' });
  await expect(suggestion).toContainText('relaie la rumeur : selon lui');
  await expectPainted(page, {});

  await suggestion.getByRole('button', { name: 'Attach here' }).click();
  await expect(orphans).toHaveCount(0);
  await expectPainted(page, { disputed: [CLAIM] });
  await expect(claimCard(page, 'disputed', CLAIM)).toBeVisible();

  await page.reload();
  await expectPainted(page, { disputed: [CLAIM] });
});

const SOURCE = 'https://www.example.fr/la-dette';

test('a W3C annotation whose words stand only in another sentence is offered, not placed', async ({
  page,
}) => {
  await page.goto('/');
  // The local text lost the claim's sentence; the rumour's paragraph still quotes its words.
  const copyOnly = TEXT.split('\n\n').slice(1).join('\n\n');
  await addArticleFromText(page, copyOnly, { title: 'La dette', sourceUrl: SOURCE });
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:0b0e8a52-7c1d-4c59-9a55-3f1e2d4c5b61',
    type: 'Annotation',
    motivation: 'assessing',
    created: '2026-01-05T10:00:00Z',
    creator: 'Jeanne Dupont',
    body: { type: 'TextualBody', purpose: 'assessing', value: 'disputed' },
    target: {
      source: SOURCE,
      selector: [
        { type: 'TextPositionSelector', start: 24, end: 24 + CLAIM.length },
        {
          type: 'TextQuoteSelector',
          exact: CLAIM,
          prefix: 'Le ministre affirme que ',
          suffix: ' cette année. Il s’en félicite',
        },
      ],
    },
  };
  const path = test.info().outputPath('copy-only.w3c.jsonld');
  writeFileSync(path, JSON.stringify([annotation]));
  const preview = await importAccepted(await choosePath(page, path));
  expect(preview).toMatch(/New claims\s*1/);

  await page.getByRole('link', { name: 'La dette', exact: true }).click();
  const orphans = claimsPanel(page).getByRole('region', { name: /Not found in the text/ });
  const suggestion = orphans.getByRole('note').filter({ hasText: 'in another context' });
  await expect(suggestion).toContainText('relaie la rumeur : selon lui');
  await expectPainted(page, {});
  await suggestion.getByRole('button', { name: 'Attach here' }).click();
  await expect(orphans).toHaveCount(0);
  await expectPainted(page, { disputed: [CLAIM] });
});
