import { expect, test } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  claimCard,
  claimsPanel,
  expectClaims,
  markPhrase,
  openCard,
} from './helpers';

const current = (page: import('@playwright/test').Page) =>
  claimsPanel(page).locator('[aria-current="true"]');

test('a keyboard-only review: navigate, judge, undo and redo, without touching the mouse', async ({
  page,
}) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Revue au clavier' });
  await markPhrase(page, 'Patrick Starck', 'unverified');
  await markPhrase(page, BERCY_QUOTE, 'unverified');
  await markPhrase(page, 'Une affaire à suivre.', 'unverified');
  await page.keyboard.press('Escape');

  // j/k move through the claims in reading order.
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(current(page)).toHaveAttribute('aria-label', 'Unverified claim: Patrick Starck');
  await page.keyboard.press('j');
  await expect(current(page)).toHaveAttribute('aria-label', `Unverified claim: ${BERCY_QUOTE}`);

  // c/d/u set the current claim's verdict.
  await page.keyboard.press('d');
  await expect(current(page)).toHaveAttribute('aria-label', `Disputed claim: ${BERCY_QUOTE}`);
  await page.keyboard.press('j');
  await page.keyboard.press('c');
  await expect(claimCard(page, 'confirmed', 'Une affaire à suivre.')).toBeVisible();

  // Undo the two verdict changes, redo one.
  await page.keyboard.press('Control+z');
  await expect(claimCard(page, 'unverified', 'Une affaire à suivre.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(claimCard(page, 'unverified', BERCY_QUOTE)).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(claimCard(page, 'disputed', BERCY_QUOTE)).toBeVisible();

  // e edits the rationale; typing there never triggers shortcuts.
  await page.keyboard.press('e');
  const note = current(page).getByLabel('Rationale');
  await expect(note).toBeFocused();
  await page.keyboard.type('Démenti : je ne dis pas “d” ni “j”.');
  await expect(current(page)).toHaveAttribute('aria-label', `Disputed claim: ${BERCY_QUOTE}`);
  await page.keyboard.press('Tab');
  await expect(current(page).getByText('Saved', { exact: true })).toBeVisible();

  // Delete, then undo the deletion with the keyboard.
  await page.keyboard.press('Shift+Tab');
  await note.blur();
  await page.keyboard.press('k');
  await expect(current(page)).toHaveAttribute('aria-label', 'Unverified claim: Patrick Starck');
  await page.keyboard.press('Delete');
  await expect(claimCard(page, 'unverified', 'Patrick Starck')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(claimCard(page, 'unverified', 'Patrick Starck')).toBeVisible();

  // ? lists the shortcuts.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.reload();
  await expectClaims(page, [
    { verdict: 'unverified', quote: 'Patrick Starck' },
    { verdict: 'disputed', quote: BERCY_QUOTE },
    { verdict: 'unverified', quote: 'Une affaire à suivre.' },
  ]);
  await openCard(claimCard(page, 'disputed', BERCY_QUOTE));
  await expect(claimCard(page, 'disputed', BERCY_QUOTE).getByLabel('Rationale')).toHaveValue(
    'Démenti : je ne dis pas “d” ni “j”.',
  );
});
