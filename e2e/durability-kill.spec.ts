import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';
import { addArticleFromText, selectPhrase } from './helpers';

const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;

// Tracing attaches to every browser the test connects to, and cannot stop on one that was
// killed on purpose.
test.use({ trace: 'off' });
const executable = SYSTEM_CHROMIUM ?? chromium.executablePath();

/** A Chromium process of our own, so that it can be killed abruptly (SIGKILL). */
async function startBrowser(
  userDataDir: string,
): Promise<{ proc: ChildProcess; browser: Browser }> {
  // Port 0: Chromium picks a free port and writes it to DevToolsActivePort in its profile. A
  // fixed or random port could be held by another browser, and the test would then attach to
  // that browser (another profile) instead of this one.
  const portFile = join(userDataDir, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const proc = spawn(
    executable,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      ...CHROMIUM_ARGS,
      'about:blank',
    ],
    // Its own process group: the kill takes every Chromium process at once (see kill()).
    { stdio: 'ignore', detached: true },
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const port = readFileSync(portFile, 'utf8').split('\n')[0]?.trim();
      if (!port) throw new Error('no port yet');
      return { proc, browser: await chromium.connectOverCDP(`http://127.0.0.1:${port}`) };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await kill(proc);
  throw new Error('Chromium did not start');
}

/**
 * Whether a process of this group is still alive. Zombies do not count: they hold no file and
 * no lock, and whether they are reaped depends on the machine's init.
 */
function groupAlive(pgid: number): boolean {
  if (!existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') return true;
    } catch {
      // the process ended while we looked
    }
  }
  return false;
}

/**
 * SIGKILL to the browser and all its helpers at once (renderers, the network service, and the
 * storage service that owns IndexedDB), as an out-of-memory kill or a power cut would: nothing
 * gets a chance to flush. Killing only the browser process would let the storage service
 * notice and finish its writes. Returns once no process of the group is left, so that the next
 * browser never shares the profile with a dying one.
 */
async function kill(proc: ChildProcess): Promise<void> {
  const pgid = proc.pid!;
  const exited = proc.exitCode === null ? new Promise((r) => proc.once('exit', r)) : null;
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // the group is already gone
  }
  await exited;
  for (let waited = 0; groupAlive(pgid); waited += 50) {
    if (waited > 10_000) throw new Error(`Chromium processes of group ${pgid} outlived SIGKILL`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function openPage(browser: Browser): Promise<Page> {
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1366, height: 860 });
  return page;
}

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
