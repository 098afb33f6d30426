import { expect, test } from '@playwright/test';
import {
  addArticleFromText,
  claimCard,
  claimsPanel,
  expectPainted,
  markPhrase,
  selectPhrase,
} from './helpers';

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
