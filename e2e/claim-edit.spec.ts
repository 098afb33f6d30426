import { expect, test, type Page } from '@playwright/test';
import {
  addArticleFromText,
  articleText,
  claimCard,
  expectClaims,
  expectPainted,
  markPhrase,
  openCard,
} from './helpers';

// A claim's rationale is saved as it is typed; a deleted claim can be brought back with Undo.

const ARTICLE = [
  'Le ministre affirme que le chômage a baissé de 3 % en un an.',
  'L’opposition parle au contraire d’une hausse du nombre de demandeurs d’emploi.',
].join('\n\n');
const QUOTE = 'le chômage a baissé de 3 % en un an';
const RATIONALE = [
  'Source : Dares, séries trimestrielles.',
  'La baisse est de 0,3 point, pas de 3 %.',
  '',
  'Voir aussi l’Insee (taux au sens du BIT).',
].join('\n');

const toast = (page: Page) => page.getByText('Claim deleted.');
const undo = (page: Page) => page.getByRole('button', { name: 'Undo' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await addArticleFromText(page, ARTICLE, { title: 'Chômage' });
  await markPhrase(page, QUOTE, 'disputed');
});

test('a multi-line rationale is saved and survives a reload', async ({ page }) => {
  const card = claimCard(page, 'disputed', QUOTE);
  const rationale = card.getByLabel('Rationale');
  await expect(rationale).toHaveValue('');
  await rationale.click();
  await rationale.pressSequentially(RATIONALE);
  await expect(card.getByRole('status')).toHaveText('Saved');
  await expect(rationale).toHaveValue(RATIONALE);

  await page.reload();
  await expect(articleText(page)).toBeVisible();
  // Nothing is selected after a reload: the card opens on its rationale when chosen.
  await openCard(claimCard(page, 'disputed', QUOTE));
  await expect(claimCard(page, 'disputed', QUOTE).getByLabel('Rationale')).toHaveValue(RATIONALE);
});

test('a deleted claim comes back with Undo, and stays gone without it', async ({ page }) => {
  const card = claimCard(page, 'disputed', QUOTE);
  await card.getByLabel('Rationale').fill(RATIONALE);
  await expect(card.getByRole('status')).toHaveText('Saved');

  // Delete, then Undo: same quote, verdict and rationale.
  await card.getByRole('button', { name: 'Delete claim' }).click();
  await expect(toast(page)).toBeVisible();
  await expectClaims(page, []);
  await expectPainted(page, {});
  await undo(page).click();
  await expect(toast(page)).toBeHidden();
  await expectClaims(page, [{ verdict: 'disputed', quote: QUOTE }]);
  await expect(card.getByRole('radio', { name: 'Disputed' })).toBeChecked();
  await expect(card.getByLabel('Rationale')).toHaveValue(RATIONALE);
  await expectPainted(page, { disputed: [QUOTE] });

  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await expectClaims(page, [{ verdict: 'disputed', quote: QUOTE }]);
  await expect(card.getByRole('radio', { name: 'Disputed' })).toBeChecked();
  await openCard(card);
  await expect(card.getByLabel('Rationale')).toHaveValue(RATIONALE);
  await expectPainted(page, { disputed: [QUOTE] });

  // Delete again and let the message go by without undoing.
  await card.getByRole('button', { name: 'Delete claim' }).click();
  await expect(toast(page)).toBeVisible();
  await expect(undo(page)).toBeVisible();
  await expectClaims(page, []);
  await expect(toast(page)).toBeHidden({ timeout: 15_000 });
  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await expectClaims(page, []);
  await expectPainted(page, {});
  await expect(page.getByText('No claims yet.')).toBeVisible();
});
