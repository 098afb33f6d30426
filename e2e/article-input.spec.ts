import { expect, test, type Page } from '@playwright/test';
import {
  FRENCH_ARTICLE,
  articleText,
  backToLibrary,
  clickPhrase,
  fixture,
  pasteHtml,
} from './helpers';

// Bringing an article in from a web page or a pasted page: the main content and the page's
// metadata, the site chrome of a pasted text proposed for removal, and pages that try to run
// code while they are read.

const addDialog = (page: Page) => page.getByRole('dialog', { name: 'Add an article' });
const SAVED_PAGE = 'saved-news-page.fr.html';
const TITLE = 'La ligne de train des Monts rouvrira en 2027';
const CHROME = [
  'Une erreur dans le texte ?',
  'À lire aussi',
  'La gare de Valmont cherche un repreneur',
  '© 2025 La Gazette des Monts',
  'Mentions légales',
];

/** Collects what a page must never do while an article is read: console CSP reports, requests elsewhere, dialogs. */
function watch(page: Page) {
  const seen = { csp: [] as string[], requests: [] as string[], dialogs: [] as string[] };
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) seen.csp.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') seen.requests.push(request.url());
  });
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

async function openSavedPage(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add article' }).click();
  await addDialog(page)
    .getByLabel('Article file')
    .setInputFiles({ name, mimeType: 'text/html', buffer: Buffer.from(fixture(name), 'utf8') });
  await expect(addDialog(page).getByText(name)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
});

test('a saved news page becomes an article with its metadata and without the chrome', async ({
  page,
}) => {
  const seen = watch(page);
  await openSavedPage(page, SAVED_PAGE);
  const dialog = addDialog(page);
  const fields = {
    Title: [TITLE, 'From <h1>'],
    'Source URL': [
      'https://www.gazette-des-monts.example/region/la-ligne-de-train-rouvrira',
      'From link rel=canonical',
    ],
    Publisher: ['La Gazette des Monts', 'From og:site_name'],
    Author: ['Anne Rouvier, Luc Besson-Martel', 'From JSON-LD author'],
    'Publication date': ['2025-10-14', 'From JSON-LD datePublished'],
  };
  for (const [label, [value, source]] of Object.entries(fields)) {
    await expect(dialog.getByLabel(label)).toHaveValue(value!);
    await expect(dialog.getByLabel(label)).toHaveAttribute('title', source!);
  }
  await expect(dialog.getByLabel('Language')).toHaveValue('fr');
  await expect(dialog.getByText('Last changed on')).toBeVisible();
  // The preview: what was kept, and the dropped blocks listed.
  const dropped = dialog.getByRole('list', { name: 'Dropped blocks' });
  for (const chrome of CHROME) await expect(dropped).toContainText(chrome);
  const kept = dialog.getByRole('list', { name: 'Kept blocks' });
  await expect(kept.getByRole('listitem').first()).toHaveText(TITLE);
  await expect(kept).not.toContainText('Une erreur dans le texte');
  // An edited field no longer claims to come from the page.
  await dialog.getByLabel('Author').fill('Anne Rouvier');
  await expect(dialog.getByLabel('Author')).not.toHaveAttribute('title');

  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  await expect(articleText(page)).toBeVisible();
  const checkArticle = async () => {
    const article = articleText(page);
    await expect(article.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(article).toContainText('La Région a voté mardi les 48 millions');
    await expect(article).toContainText('« C’est une victoire pour tout le territoire »');
    for (const chrome of CHROME) await expect(article).not.toContainText(chrome);
    await expect(article).not.toContainText('Par Anne Rouvier');
  };
  await checkArticle();
  await page.reload();
  await checkArticle();
  await backToLibrary(page);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: TITLE }) });
  await expect(row.getByRole('cell', { name: 'La Gazette des Monts', exact: true })).toBeVisible();
  expect(seen).toEqual({ csp: [], requests: [], dialogs: [] });
});

test('"keep the whole page" keeps what the extractor left out', async ({ page }) => {
  await openSavedPage(page, SAVED_PAGE);
  const dialog = addDialog(page);
  const keepWhole = dialog.getByRole('button', { name: 'Keep the whole page' });
  await expect(keepWhole).toHaveAttribute('aria-pressed', 'false');
  await keepWhole.click();
  await expect(keepWhole).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog.getByText('The whole page is kept.')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Kept blocks' })).toContainText(
    'Une erreur dans le texte ?',
  );
  // The metadata stays the page's.
  await expect(dialog.getByLabel('Title')).toHaveValue(TITLE);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  const article = articleText(page);
  await expect(article).toContainText('Une erreur dans le texte ?');
  await expect(article).toContainText('À lire aussi');
  await expect(article).toContainText('© 2025 La Gazette des Monts');
  await expect(article).toContainText('La Région a voté mardi les 48 millions');
  await page.reload();
  await expect(articleText(page)).toContainText('Une erreur dans le texte ?');
});

test('a pasted text gets its real title and its error form proposed for removal', async ({
  page,
}) => {
  const text = FRENCH_ARTICLE();
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = addDialog(page);
  const area = dialog.getByLabel('Article text');
  await area.fill(text);
  const title = dialog.getByLabel('Title');
  await expect(title).toHaveValue('Cloudwatt aurait lui-même demandé son audit');
  await expect(title).toHaveAttribute(
    'title',
    'Proposed: the first headline after the site’s menus and forms',
  );
  const marked = dialog.getByRole('list', { name: 'Marked lines' });
  await expect(marked.getByRole('listitem')).toHaveCount(4);
  await expect(marked).toContainText('Signaler une erreur');
  await expect(marked).toContainText('error-report form');
  // Nothing is removed until asked, and a removal is undone in one click.
  await expect(area).toHaveValue(text);
  await dialog.getByRole('button', { name: 'Remove the marked lines' }).click();
  await expect(dialog.getByText('4 lines of site chrome removed.')).toBeVisible();
  await expect(area).not.toHaveValue(/Signaler une erreur/);
  await expect(area).toHaveValue(/^Cloudwatt aurait lui-même demandé son audit\n/);
  await dialog.getByRole('button', { name: 'Put the removed lines back' }).click();
  await expect(area).toHaveValue(text);
  await dialog.getByRole('button', { name: 'Remove the marked lines' }).click();
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();

  const check = async () => {
    const paragraphs = articleText(page).locator('p');
    await expect(paragraphs.first()).toHaveText('Cloudwatt aurait lui-même demandé son audit');
    await expect(articleText(page)).not.toContainText('Signaler une erreur');
    await expect(articleText(page)).toContainText('"Bercy" n\'a pas demandé d\'audit');
  };
  await check();
  await page.reload();
  await check();
});

test('a hostile page runs nothing, opened as a file or pasted', async ({ page, context }) => {
  const seen = watch(page);
  const pwned = () => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
  const appUrl = page.url();

  await openSavedPage(page, 'hostile-page.html');
  const dialog = addDialog(page);
  await expect(dialog.getByLabel('Title')).toHaveValue('Water report published');
  await expect(dialog.getByLabel('Source URL')).toHaveValue(
    'https://harbour-gazette.example/news/water-report',
  );
  await dialog.getByRole('button', { name: 'Remove file' }).click();
  await pasteHtml(page, fixture('hostile-page.html'), 'Water report published');
  await expect(dialog.getByLabel('Title')).toHaveValue('Water report published');
  await page.waitForTimeout(500);
  expect(await pwned()).toBeUndefined();
  expect(page.url()).toBe(appUrl);

  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  const article = articleText(page);
  await expect(article).toContainText('Campaigners said the report did not cover private wells.');
  const danger = await article.evaluate((root) => {
    const all = [root, ...Array.from(root.querySelectorAll('*'))];
    return {
      elements: root.querySelectorAll(
        'script, iframe, object, embed, img, svg, style, link, meta, base, form',
      ).length,
      handlers: all.filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name)))
        .length,
      hrefs: Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href')),
      styles: all.filter((el) => el.hasAttribute('style')).length,
    };
  });
  expect(danger).toEqual({
    elements: 0,
    handlers: 0,
    hrefs: ['https://dwi.example/report', 'https://harbour-gazette.example/wells'],
    styles: 0,
  });
  for (const phrase of ['Water report published', 'all samples', 'private wells']) {
    await clickPhrase(page, phrase);
  }
  await page.reload();
  await expect(articleText(page)).toContainText('The water company has published');
  expect(await pwned()).toBeUndefined();
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
  expect(context.pages()).toHaveLength(1);
  expect(seen).toEqual({ csp: [], requests: [], dialogs: [] });
});
