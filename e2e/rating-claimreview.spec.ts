import { expect, test, type Page } from '@playwright/test';
import { approve, exportAs, sendForReview, setReviewer } from './export-helpers';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  ratedCard,
  selectPhrase,
} from './helpers';

// Issue 17: a desk's five-rating scale, claims marked with it, two approved, and a ClaimReview
// export that publishes exactly those two with the scale's French names and the template's URLs.

test.slow();

const TEMPLATE = 'https://example.org/fact-check/{slug}#{claimId}';
const TITLE = 'Cloudwatt aurait lui-même demandé son audit';

async function setScaleAndTemplate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Your name').fill('Ana');
  await settings.getByLabel('Fact-check URL template').fill(TEMPLATE);
  await settings.getByRole('button', { name: /^Save/ }).click();
  await expect(settings).toHaveCount(0);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Rating scale…' }).click();
  const ratings = page.getByRole('dialog', { name: 'Rating scale' });
  await ratings.getByLabel('Start from').selectOption({ label: 'Five ratings' });
  await ratings.getByRole('button', { name: 'Save the scale' }).click();
  await expect(ratings).toBeHidden();
}

async function rate(page: Page, phrase: string, key: string): Promise<void> {
  await selectPhrase(page, phrase);
  await page.keyboard.press(key);
  await expect(page.getByRole('article', { name: new RegExp(`claim: ${phrase}$`) })).toBeVisible();
}

test('a French five-rating scale, two approved claims, and their ClaimReview', async ({ page }) => {
  await page.goto('/');
  await setScaleAndTemplate(page);
  await addArticleFromText(page, FRENCH_ARTICLE(), {
    title: TITLE,
    sourceUrl: 'https://www.nextinpact.com/news/cloudwatt-audit.htm',
    publisher: 'Next INpact',
  });
  await rate(page, BERCY_QUOTE, '4');
  await rate(page, 'Patrick Starck', '1');
  await rate(page, 'Une affaire à suivre.', '3');
  const bercy = ratedCard(page, 'Misleading', BERCY_QUOTE);
  const starck = ratedCard(page, 'True', 'Patrick Starck');
  await sendForReview(bercy);
  await sendForReview(starck);
  await setReviewer(page, 'Bo');
  await approve(bercy);
  await approve(starck);

  // What was rated and approved is still there after a reload, and is what is published.
  await page.reload();
  await expect(
    ratedCard(page, 'Misleading', BERCY_QUOTE)
      .getByRole('group', { name: 'Rating' })
      .getByRole('radio', { name: 'Misleading', exact: true }),
  ).toBeChecked();
  const file = await exportAs(page, /^schema\.org ClaimReview/);
  const reviews = JSON.parse(file.text) as {
    claimReviewed: string;
    url: string;
    inLanguage: string;
    reviewRating: { ratingValue: number; alternateName: string; bestRating: number };
    author: { name: string };
  }[];
  expect(reviews.map((r) => r.claimReviewed).sort()).toEqual(
    [BERCY_QUOTE, 'Patrick Starck'].sort(),
  );
  const byQuote = new Map(reviews.map((r) => [r.claimReviewed, r]));
  expect(byQuote.get(BERCY_QUOTE)!.reviewRating).toMatchObject({
    alternateName: 'Trompeur',
    ratingValue: 2,
  });
  expect(byQuote.get('Patrick Starck')!.reviewRating).toMatchObject({
    alternateName: 'Vrai',
    ratingValue: 5,
  });
  for (const review of reviews) {
    expect(review.inLanguage).toBe('fr');
    expect(review.author.name).toBe('Bo');
    expect(review.url).toMatch(
      /^https:\/\/example\.org\/fact-check\/cloudwatt-aurait-lui-meme-demande-son-audit#[0-9a-f-]{36}$/,
    );
  }
  expect(new Set(reviews.map((r) => r.url)).size).toBe(2);
});
