import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chooseFile } from './import-helpers';

// A newsroom's library at scale (issue 18): 2,000 articles and 20,000 claims, written straight
// into IndexedDB so that the spec spends its time on the app. The library, its search, All
// claims, opening an article from there, and a whole-library export imported into an empty
// browser, with their progress, must all still work and survive a reload. Nothing here is timed:
// the generous timeouts are for a loaded machine, where reading the library takes seconds.

const ARTICLES = 2000;
const CLAIMS_PER_ARTICLE = 10;
const CLAIMS = ARTICLES * CLAIMS_PER_ARTICLE;
/** Steps that read or write the whole library (import, export, the first search). */
const HEAVY = { timeout: 180_000 };

/** The article the spec searches, filters and opens: its words are unique in the library. */
const TARGET = 1234;
const targetTitle = `Budget municipal, dossier ${TARGET}`;
const targetQuote = `le dossier ref${TARGET}z chiffre la dépense à ${TARGET} euros`;

/**
 * Writes the library into the app's database (its current schema, opened by the app first),
 * with records the stored-data rule accepts. Article i: three paragraphs, the first naming
 * `ref{i}z`; its claims: 4 confirmed, 3 disputed, 3 unverified; 5 draft, 3 in review, 2 approved.
 */
async function seedLibrary(page: Page): Promise<void> {
  await page.evaluate(
    async ({ articles, perArticle }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('verdict');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const t0 = Date.parse('2025-01-01T08:00:00.000Z');
      const verdicts = ['confirmed', 'disputed', 'unverified'];
      const tx = db.transaction(['articles', 'claims'], 'readwrite');
      for (let i = 0; i < articles; i++) {
        const id = `scale-${i}`;
        const at = new Date(t0 + i * 60_000).toISOString();
        const paragraphs = [
          `Selon la mairie, le dossier ref${i}z chiffre la dépense à ${i} euros pour l’année.`,
          `Le conseil municipal a examiné le point ${i} de l’ordre du jour, puis les travaux.`,
          `Les habitants du quartier ont posé des questions sur le calendrier et le budget.`,
        ];
        const text = paragraphs.join('\n\n');
        tx.objectStore('articles').put({
          id,
          title: `Budget municipal, dossier ${i}`,
          sourceUrl: `https://news.example.org/dossier-${i}`,
          publisher: i % 2 ? 'Ouest Matin' : 'La Gazette de Lyon',
          author: '',
          publishedAt: at.slice(0, 10),
          language: 'fr',
          doc: {
            type: 'doc',
            content: paragraphs.map((p) => ({
              type: 'paragraph',
              content: [{ type: 'text', text: p }],
            })),
          },
          text,
          textHistory: [],
          createdAt: at,
          updatedAt: at,
        });
        // Claim 0 quotes the words naming the article; the others sit in the other paragraphs.
        const quotes = [text.indexOf(`le dossier ref${i}z`), text.indexOf('Le conseil')];
        const third = text.indexOf('Les habitants');
        for (let k = 0; k < perArticle; k++) {
          const start = k === 0 ? quotes[0]! : k === 1 ? quotes[1]! : third + (k - 2) * 5;
          const end = k === 0 ? text.indexOf(' euros') + 6 : start + 20;
          const state = k < 5 ? 'draft' : k < 8 ? 'in-review' : 'approved';
          tx.objectStore('claims').put({
            id: `${id}-claim-${k}`,
            articleId: id,
            anchor: {
              exact: text.slice(start, end),
              prefix: text.slice(Math.max(0, start - 32), start),
              suffix: text.slice(end, end + 32),
              start,
              end,
            },
            verdict: verdicts[k % 3],
            note: '',
            evidence: [],
            tags: k === 0 ? ['budget'] : [],
            claimant: '',
            claimDate: '',
            reviewState: state,
            approvedBy: state === 'approved' ? 'Camille' : '',
            approvedAt: state === 'approved' ? at : '',
            reviewComment: '',
            createdAt: at,
            createdBy: 'Camille',
            updatedAt: at,
            updatedBy: 'Camille',
            history: [],
            orphanedAt: '',
            rating: '',
            rev: `${id}-claim-${k}`,
            log: [{ kind: 'create', at, by: 'Camille', fields: [], rev: `${id}-claim-${k}` }],
            comments: [],
          });
        }
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { articles: ARTICLES, perArticle: CLAIMS_PER_ARTICLE },
  );
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const articleRows = (page: Page) => page.locator('.article-table tbody tr[data-index]');
const articleRow = (page: Page, title: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
const countLine = (page: Page) => page.getByRole('main').getByRole('status').first();

/** Whether a `progress` element ever entered the page from now on (a MutationObserver). */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { progress: false };
    (window as unknown as { seenProgress: typeof seen }).seenProgress = seen;
    new MutationObserver(() => {
      seen.progress ||= document.querySelector('progress') !== null;
    }).observe(document.body, { subtree: true, childList: true });
  });
}
const sawProgress = (page: Page) =>
  page.evaluate(() => (window as unknown as { seenProgress: { progress: boolean } }).seenProgress);

/**
 * Records the first All claims status that says the claims are still being read, with the list's
 * first row at that moment (a MutationObserver, from now on).
 */
async function watchReading(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { status: string; firstRow: string | null } = { status: '', firstRow: null };
    (window as unknown as { seenReading: typeof seen }).seenReading = seen;
    const observer = new MutationObserver(() => {
      const status = document.querySelector('.all-claims [data-reading]');
      const row = document.querySelector('.claim-rows-list li a');
      if (!status || !row) return;
      seen.status = status.textContent ?? '';
      seen.firstRow = row.textContent;
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const sawReading = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { seenReading: { status: string; firstRow: string | null } })
        .seenReading,
  );

/** The library's article count line, "2000 articles · stored in this browser". */
async function expectLibraryOf(page: Page, articles: number): Promise<void> {
  await expect(page.getByText(`${articles} articles · stored in this browser`)).toBeVisible(HEAVY);
}

/** Checks the article's row: its counts per verdict and per review state. */
async function expectTargetRow(page: Page): Promise<void> {
  const row = articleRow(page, targetTitle);
  await expect(row.getByRole('list', { name: 'Claims per verdict' })).toHaveText(
    /4\s*Confirmed.*3\s*Disputed.*3\s*Unverified/s,
  );
  await expect(row).toContainText('5 draft · 3 in review · 2 approved');
}

test('a 2,000-article library opens, searches, filters, exports and imports', async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await seedLibrary(page);
  await page.reload();

  // The library lists every article but holds only a screenful of rows, each with its counts.
  await expectLibraryOf(page, ARTICLES);
  await expect(articleRows(page).first()).toContainText(`dossier ${ARTICLES - 1}`);
  expect(await articleRows(page).count()).toBeLessThan(60);
  await expect(page.getByRole('table', { name: 'Articles' })).toHaveAttribute(
    'aria-rowcount',
    String(ARTICLES + 1),
  );
  // Scrolled to its end, it shows the oldest article, with its counts.
  await page.locator('main.library').evaluate((main) => (main.scrollTop = main.scrollHeight));
  const oldest = articleRow(page, 'Budget municipal, dossier 0');
  await expect(oldest).toContainText('5 draft · 3 in review · 2 approved', HEAVY);
  await page.locator('main.library').evaluate((main) => (main.scrollTop = 0));

  // Search: one word found in one article's text among 2,000.
  const search = page.getByLabel('Search the library');
  await search.fill(`ref${TARGET}z`);
  await expect(countLine(page)).toHaveText(`1 of ${ARTICLES} articles`, HEAVY);
  await expect(articleRows(page)).toHaveCount(1);
  await expectTargetRow(page);
  await search.fill('');
  await expect(articleRows(page).first()).toContainText(`dossier ${ARTICLES - 1}`);

  // All claims: its first screen while the claims are read (the first row already the list's
  // first), then every claim, then one found by a word of its quote, opened at its place.
  await watchReading(page);
  await mainNav(page).getByRole('link', { name: 'All claims' }).click();
  await expect(countLine(page)).toHaveText(`${CLAIMS} of ${CLAIMS} claims`, HEAVY);
  const reading = await sawReading(page);
  expect(reading.status).toMatch(/^Reading claims… [\d,]+ of 20,000$/);
  const firstRow = page.getByRole('list', { name: 'Claims' }).getByRole('link').first();
  expect(reading.firstRow).toBe(await firstRow.textContent());
  const claimSearch = page.getByRole('searchbox', { name: 'Search claims' });
  await claimSearch.fill(`ref${TARGET}z`);
  await expect(countLine(page)).toHaveText(`1 of ${CLAIMS} claims`, HEAVY);
  const claimList = page.getByRole('list', { name: 'Claims' });
  await expect(claimList.getByRole('link')).toHaveText([targetQuote]);
  await page
    .getByRole('group', { name: 'Verdict' })
    .getByRole('button', { name: /Disputed/ })
    .click();
  await expect(page.getByRole('heading', { name: 'No claim matches these filters' })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(countLine(page)).toHaveText(`${CLAIMS} of ${CLAIMS} claims`, HEAVY);
  await claimSearch.fill(`ref${TARGET}z`);
  await claimList.getByRole('link', { name: targetQuote }).click();
  await expect(page.getByRole('heading', { level: 1, name: targetTitle })).toBeVisible(HEAVY);
  await expect(page.locator('.claim-card.is-selected')).toContainText(targetQuote);

  // Export the whole library: the progress shows, and the file holds everything.
  await mainNav(page).getByRole('link', { name: 'Library' }).click();
  await expectLibraryOf(page, ARTICLES);
  await watchProgress(page);
  await page.getByRole('button', { name: 'Export library ▾' }).click();
  const download = page.waitForEvent('download', HEAVY);
  await page.getByRole('menuitem', { name: /^Verdict bundle/ }).click();
  const file = await download;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  expect(await sawProgress(page)).toEqual({ progress: true });
  await expect(page.getByRole('status').filter({ hasText: /^Export:/ })).toHaveCount(0, HEAVY);
  const exported = JSON.parse(readFileSync(path, 'utf8')) as {
    articles: unknown[];
    claims: unknown[];
  };
  expect([exported.articles.length, exported.claims.length]).toEqual([ARTICLES, CLAIMS]);

  // Import it into an empty browser: progress while it is checked, then all of it, after a reload.
  const context = await browser.newContext();
  const empty = await context.newPage();
  await empty.goto('/');
  await expect(empty.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
  await watchProgress(empty);
  const dialog = await chooseFile(empty, 'library.verdict.json', readFileSync(path));
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeVisible(HEAVY);
  expect(await sawProgress(empty)).toEqual({ progress: true });
  await expect(dialog).toContainText(`${ARTICLES}`);
  // Writing 22,000 records takes its worker a while on a loaded machine.
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByText(/^Imported/)).toBeVisible(HEAVY);
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await empty.reload();
  await expectLibraryOf(empty, ARTICLES);
  await empty.getByLabel('Search the library').fill(`ref${TARGET}z`);
  await expect(countLine(empty)).toHaveText(`1 of ${ARTICLES} articles`, HEAVY);
  await expectTargetRow(empty);
  await mainNav(empty).getByRole('link', { name: 'All claims' }).click();
  await expect(countLine(empty)).toHaveText(`${CLAIMS} of ${CLAIMS} claims`, HEAVY);
  await context.close();
});
