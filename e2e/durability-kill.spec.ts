import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { kill, openPage, startBrowser } from './browser-process';
import { addArticleFromText, selectPhrase } from './helpers';

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;

// Tracing attaches to every browser the test connects to, and cannot stop on one that was
// killed on purpose.
test.use({ trace: 'off' });

/** What IndexedDB itself holds, read without the app: tells a lost write from a UI problem. */
function storedCounts(page: Page): Promise<string> {
  return page
    .evaluate(async () => {
      const open = indexedDB.open('verdict');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const found = {
        version: db.version,
        articles: await count('articles'),
        claims: await count('claims'),
      };
      db.close();
      return JSON.stringify(found);
    })
    .catch((error: unknown) => `unreadable (${String(error)})`);
}

/** An article with one distinct sentence per cycle, so each cycle adds a claim of its own. */
function cycleArticle(cycles: number): string {
  return Array.from(
    { length: cycles },
    (_, i) =>
      `Affirmation numéro ${i + 1} : le chiffre cité par l’élu pour l’année ${2000 + i} est exact.`,
  ).join('\n\n');
}

async function runCycles(cycles: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'verdict-kill-'));
  let proc: ChildProcess | undefined;
  try {
    let browser: Browser;
    ({ proc, browser } = await startBrowser(dir));
    let page = await openPage(browser);
    await page.goto(BASE);
    await addArticleFromText(page, cycleArticle(cycles), { title: 'Coupures brutales' });
    const articleUrl = page.url();

    for (let i = 1; i <= cycles; i++) {
      await selectPhrase(page, `Affirmation numéro ${i} :`);
      await page.keyboard.press(i % 2 ? 'c' : 'd');
      await expect(page.getByRole('article', { name: new RegExp(`numéro ${i} :$`) })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

      // The UI said saved: kill every browser process without letting any close anything.
      await kill(proc);
      ({ proc, browser } = await startBrowser(dir));
      page = await openPage(browser);
      await page.goto(articleUrl);
      try {
        await expect(page.getByRole('heading', { name: 'Coupures brutales' })).toBeVisible();
        // The panel's list is virtualised (only cards near the view exist): its header counts
        // every claim read back from the database.
        await expect(page.getByRole('heading', { name: `Claims ${i}`, exact: true })).toBeVisible();
      } catch (error) {
        throw new Error(`cycle ${i}: ${String(error)}\nstored: ${await storedCounts(page)}`);
      }
    }
  } finally {
    // Also when a check failed: a browser left running would load the machine for other tests.
    if (proc) await kill(proc);
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

test('every claim the UI called saved survives the browser being killed (3 cycles)', async () => {
  test.setTimeout(90_000);
  await runCycles(3);
});

test('every claim the UI called saved survives 50 kill/restart cycles @long', async () => {
  test.setTimeout(20 * 60_000);
  await runCycles(50);
});
