import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addArticleFromText,
  articleText,
  claimCard,
  claimsPanel,
  expectClaims,
  expectPainted,
  settle,
} from './helpers';

// Annotating with the keyboard only: select with Shift+arrows, verdict keys, Enter on a claim,
// and the verdict radio group of the panel.

const ARTICLE = [
  'The Eiffel Tower opened in 1889 in Paris.',
  'The tower is 330 metres tall and weighs ten thousand tonnes.',
].join('\n\n');

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Presses Tab until the locator has the focus (at most `max` presses). */
async function tabTo(page: Page, target: Locator, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('select, mark, open and re-judge a claim with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await addArticleFromText(page, ARTICLE, { title: 'The tower' });
  await page.reload();
  await expect(articleText(page)).toBeVisible();

  // Into the article with Tab: the caret starts at the beginning of the text.
  await tabTo(page, articleText(page));
  await expect(articleText(page)).toBeFocused();

  // Second paragraph, then after "The tower is" (12 characters): the caret is before " 330".
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await press(page, 'ArrowRight', 12);
  // Shift+ArrowRight 11 times selects " 330 metres", starting on the space.
  await press(page, 'Shift+ArrowRight', 11);
  await expect(page.getByRole('toolbar', { name: 'Mark the selection as a claim' })).toBeVisible();
  await settle(page);
  await page.keyboard.press('d');
  // The leading space is trimmed off the claim.
  await expectClaims(page, [{ verdict: 'disputed', quote: '330 metres' }]);
  await expectPainted(page, { disputed: ['330 metres'] });
  await expect(articleText(page)).toBeFocused();
  // Marking did not change the text.
  await expect(articleText(page).locator('p')).toHaveText(ARTICLE.split('\n\n'));

  // A second claim, in the first paragraph: "1889" (after "The Eiffel Tower opened in ").
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await press(page, 'ArrowRight', 27);
  await press(page, 'Shift+ArrowRight', 4);
  await settle(page);
  await page.keyboard.press('c');
  await expectClaims(page, [
    { verdict: 'confirmed', quote: '1889' },
    { verdict: 'disputed', quote: '330 metres' },
  ]);
  await expect(claimCard(page, 'confirmed', '1889')).toHaveAttribute('aria-current', 'true');
  await expect(claimCard(page, 'disputed', '330 metres')).not.toHaveAttribute('aria-current');

  // Enter with the caret inside "330 metres" ("The tower is 33|0") selects that claim.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await press(page, 'ArrowRight', 15);
  await settle(page);
  await page.keyboard.press('Enter');
  await expect(claimCard(page, 'disputed', '330 metres')).toHaveAttribute('aria-current', 'true');
  await expect(claimCard(page, 'confirmed', '1889')).not.toHaveAttribute('aria-current');
  // Enter typed nothing into the article.
  await expect(articleText(page).locator('p')).toHaveText(ARTICLE.split('\n\n'));

  // Tab to the claim's verdict radio group; the arrow keys change the verdict.
  const card = claimCard(page, 'disputed', '330 metres');
  await tabTo(page, card.getByRole('radio', { name: 'Disputed' }));
  await expect(card.getByRole('radio', { name: 'Disputed' })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  const rejudged = claimCard(page, 'unverified', '330 metres');
  await expect(rejudged.getByRole('radio', { name: 'Unverified' })).toBeChecked();
  await expect(rejudged.getByRole('radio', { name: 'Unverified' })).toBeFocused();
  await expectPainted(page, { confirmed: ['1889'], unverified: ['330 metres'] });

  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await expectClaims(page, [
    { verdict: 'confirmed', quote: '1889' },
    { verdict: 'unverified', quote: '330 metres' },
  ]);
  await expect(
    claimCard(page, 'unverified', '330 metres').getByRole('radio', { name: 'Unverified' }),
  ).toBeChecked();
  await expectPainted(page, { confirmed: ['1889'], unverified: ['330 metres'] });
  await expect(claimsPanel(page).getByRole('article')).toHaveCount(2);
});
