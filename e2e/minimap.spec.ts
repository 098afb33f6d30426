import { expect, test } from '@playwright/test';
import { addArticleFromText, claimsPanel, isPhraseInView, markPhrase } from './helpers';

const LONG_ARTICLE = Array.from(
  { length: 90 },
  (_, i) =>
    `Paragraphe ${i + 1}. Le ministère affirme que le budget a augmenté de ${i + 2} % en un an, ` +
    `selon un rapport publié l’an dernier et repris par plusieurs élus de l’opposition.`,
).join('\n\n');

test('the minimap shows where claims are and jumps to one far down', async ({ page }) => {
  await page.goto('/');
  await addArticleFromText(page, LONG_ARTICLE, { title: 'Un long article' });
  await markPhrase(page, 'Paragraphe 2.', 'confirmed');
  // Scroll to the end of the article to mark a claim there, then come back up.
  await page.getByText('Paragraphe 88.').scrollIntoViewIfNeeded();
  await markPhrase(page, 'Paragraphe 88.', 'disputed');
  await page.locator('.article-scroller').evaluate((el) => el.scrollTo({ top: 0 }));
  await expect.poll(() => isPhraseInView(page, 'Paragraphe 88.')).toBe(false);

  const map = page.getByRole('img', { name: /^Claim map:/ });
  await expect(map).toHaveAttribute(
    'aria-label',
    'Claim map: 1 confirmed, 1 disputed, 0 unverified',
  );

  // A click near the bottom of the strip jumps to the disputed claim down there.
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.97);
  await expect(claimsPanel(page).locator('[aria-current="true"]')).toHaveAttribute(
    'aria-label',
    'Disputed claim: Paragraphe 88.',
  );
  await expect.poll(() => isPhraseInView(page, 'Paragraphe 88.')).toBe(true);

  await page.reload();
  await expect(page.getByRole('img', { name: /^Claim map:/ })).toHaveAttribute(
    'aria-label',
    'Claim map: 1 confirmed, 1 disputed, 0 unverified',
  );
});
