import { expect, test, type Page } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  articleText,
  backToLibrary,
  claimCard,
  isPhraseInView,
  markPhrase,
} from './helpers';

// Finding claims across the library: the "All claims" view (filters, order, opening an article
// at a claim) and the library's search.

const FRENCH_TITLE = 'Cloudwatt et l’audit';
const COUNCIL_TITLE = 'Conseil municipal';
const POOL = 'la piscine municipale rouvrira le 3 mars';

/** A long article whose claim sits far below the first screen. */
function councilArticle(): string {
  const paragraphs = Array.from(
    { length: 80 },
    (_, i) =>
      `Paragraphe ${i + 1}. Le conseil a examiné le point ${i + 1} de l'ordre du jour, ` +
      `puis il a entendu les observations des habitants du quartier sur le budget et les travaux.`,
  );
  paragraphs[76] = `Paragraphe 77. Selon le maire, ${POOL}, après deux ans de travaux.`;
  return paragraphs.join('\n\n');
}

/** Two articles with two claims each, made in this order. */
async function addTwoAnnotatedArticles(page: Page): Promise<void> {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: FRENCH_TITLE });
  await markPhrase(page, 'Patrick Starck', 'confirmed');
  await markPhrase(page, BERCY_QUOTE, 'disputed');
  await backToLibrary(page);
  await addArticleFromText(page, councilArticle(), { title: COUNCIL_TITLE });
  await markPhrase(page, POOL, 'unverified');
  await markPhrase(page, 'Paragraphe 2.', 'confirmed');
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const claimList = (page: Page) => page.getByRole('list', { name: 'Claims' });
const countLine = (page: Page) => page.getByRole('main').getByRole('status');
const quotes = (page: Page) => claimList(page).getByRole('link').allTextContents();

test('all claims of the library: filter, sort, and open one at its place', async ({ page }) => {
  await addTwoAnnotatedArticles(page);
  await mainNav(page).getByRole('link', { name: 'All claims' }).click();
  await expect(page).toHaveURL(/#\/claims$/);
  await expect(page.getByRole('heading', { level: 1, name: 'All claims' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'All claims' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(countLine(page)).toHaveText('4 of 4 claims');
  // By article (titles in order), then by position in the article.
  await expect
    .poll(() => quotes(page))
    .toEqual(['Patrick Starck', BERCY_QUOTE, 'Paragraphe 2.', POOL]);
  const poolRow = claimList(page).getByRole('listitem').filter({ hasText: POOL });
  await expect(poolRow).toContainText(COUNCIL_TITLE);
  await expect(poolRow).toContainText('Unverified');
  await expect(poolRow).toContainText('Draft');

  // Verdict toggles, each showing how many claims it would keep.
  const verdicts = page.getByRole('group', { name: 'Verdict' });
  const disputed = verdicts.getByRole('button', { name: /Disputed/ });
  await expect(verdicts.getByRole('button', { name: /Confirmed/ })).toContainText('2');
  await disputed.click();
  await expect(disputed).toHaveAttribute('aria-pressed', 'true');
  await expect(countLine(page)).toHaveText('1 of 4 claims');
  await expect.poll(() => quotes(page)).toEqual([BERCY_QUOTE]);
  await verdicts.getByRole('button', { name: /Unverified/ }).click();
  await expect.poll(() => quotes(page)).toEqual([BERCY_QUOTE, POOL]);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(disputed).toHaveAttribute('aria-pressed', 'false');
  await expect(countLine(page)).toHaveText('4 of 4 claims');

  // Words typed without accents or capitals find the claim; every word must be there.
  const search = page.getByLabel('Search claims');
  await search.fill('demande');
  await expect.poll(() => quotes(page)).toEqual([BERCY_QUOTE]);
  await search.fill('PISCINE  mars');
  await expect.poll(() => quotes(page)).toEqual([POOL]);
  await search.fill('piscine bercy');
  await expect(page.getByRole('heading', { name: 'No claim matches these filters' })).toBeVisible();
  await expect(countLine(page)).toHaveText('0 of 4 claims');
  await search.fill('');
  await expect(countLine(page)).toHaveText('4 of 4 claims');

  // Most recent change first.
  await page.getByLabel('Sort by').selectOption({ label: 'Last change' });
  await expect
    .poll(() => quotes(page))
    .toEqual(['Paragraphe 2.', POOL, BERCY_QUOTE, 'Patrick Starck']);

  // The route and the claims survive a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'All claims' })).toBeVisible();
  await expect(countLine(page)).toHaveText('4 of 4 claims');

  // A row opens its article with that claim current and its words on screen.
  await claimList(page).getByRole('link', { name: POOL }).click();
  await expect(page).toHaveURL(/#\/article\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: COUNCIL_TITLE })).toBeVisible();
  await expect(claimCard(page, 'unverified', POOL)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => isPhraseInView(page, POOL)).toBe(true);
  expect(await isPhraseInView(page, 'Paragraphe 1.')).toBe(false);

  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: COUNCIL_TITLE })).toBeVisible();
  await expect(claimCard(page, 'unverified', POOL)).toBeVisible();

  // Back returns to the claims.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'All claims' })).toBeVisible();
  // With the keyboard: arrows move between rows, Enter opens one.
  await claimList(page).getByRole('link', { name: 'Patrick Starck' }).focus();
  await page.keyboard.press('End');
  await expect(claimList(page).getByRole('link', { name: POOL })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(claimList(page).getByRole('link', { name: BERCY_QUOTE })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(claimCard(page, 'disputed', BERCY_QUOTE)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => isPhraseInView(page, BERCY_QUOTE)).toBe(true);
});

test('all claims of an empty library says how claims get there', async ({ page }) => {
  await page.goto('/#/claims');
  await expect(page.getByRole('heading', { name: 'No claims yet' })).toBeVisible();
  await expect(countLine(page)).toHaveText('0 of 0 claims');
  await page.getByRole('button', { name: 'Go to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('the library search keeps the articles containing every word', async ({ page }) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: FRENCH_TITLE });
  await backToLibrary(page);
  await addArticleFromText(page, councilArticle(), { title: COUNCIL_TITLE });
  await backToLibrary(page);
  const table = page.getByRole('table', { name: 'Articles' });
  const titles = () => table.getByRole('rowheader').allTextContents();
  await expect.poll(titles).toEqual([COUNCIL_TITLE, FRENCH_TITLE]);

  const search = page.getByLabel('Search the library');
  // A word of one article's text only (not of its title).
  await search.fill('piscine');
  await expect.poll(titles).toEqual([COUNCIL_TITLE]);
  await search.fill('demande surveillance');
  await expect.poll(titles).toEqual([FRENCH_TITLE]);
  await search.fill('piscine surveillance');
  await expect(page.getByText('No article contains every word')).toBeVisible();
  await expect(table).toBeHidden();
  await search.fill('');
  await expect.poll(titles).toEqual([COUNCIL_TITLE, FRENCH_TITLE]);

  await page.reload();
  await expect.poll(titles).toEqual([COUNCIL_TITLE, FRENCH_TITLE]);
  await page.getByLabel('Search the library').fill('Paperon');
  await expect.poll(titles).toEqual([FRENCH_TITLE]);
});
