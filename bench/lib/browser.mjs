// Chromium for the benchmark: the browser, fresh pages with the in-page helpers, the library and
// its import dialog.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../../scripts/chromium.mjs';
import { installBench } from './in-page.mjs';
import { direct } from './instrument.mjs';
import { log, round } from './log.mjs';
import { BASE } from './paths.mjs';

/** Launches Debian's Chromium when present (else Playwright's), headless. */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: SYSTEM_CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  log(`Chromium ${browser.version()}`);
  return browser;
}

/** A page in a fresh browser context (its own storage), with the in-page helpers installed. */
export async function newPage(ctx) {
  const context = await ctx.browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
    // No service worker: its precaching would compete for the two cores during measurements.
    serviceWorkers: 'block',
  });
  await context.addInitScript(installBench);
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  return page;
}

export const settle = (page, quietMs = 300) =>
  page.evaluate((q) => window.__bench.settle(q), quietMs);

/** Opens the library and waits for it; a dialog left open by a first-run prompt is closed. */
export async function openApp(ctx, page) {
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  const stray = page.locator('dialog[open]');
  if (await stray.count()) {
    ctx.notes.push('A dialog was open at start-up; it was closed with Escape.');
    await page.keyboard.press('Escape');
  }
}

/**
 * Imports a file through the library's "Import…" dialog; times from the file choice to
 * "Imported…" painted, the dialog's "Import" button clicked as soon as the preview shows it.
 */
export async function importThroughDialog(page, file, around = direct) {
  await page
    .getByRole('main')
    .getByRole('button', { name: /^Import/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog.waitFor();
  await page.evaluate(() => {
    const B = window.__bench;
    B.importResult = new Promise((resolveResult) => {
      let t0 = 0;
      let preview = 0;
      const input = document.querySelector('dialog[open] input[type=file]');
      const onChange = (e) => {
        t0 = e.timeStamp;
        B.mark('action');
      };
      input.addEventListener('change', onChange, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const open = document.querySelector('dialog[open]');
        if (!open) return;
        if (!preview) {
          const button = [...open.querySelectorAll('button')].find(
            (b) => b.textContent.trim() === 'Import',
          );
          if (button) {
            preview = performance.now();
            button.click();
          }
        }
        const done = [...open.querySelectorAll('[role=status]')].find((s) =>
          s.textContent.trim().startsWith('Imported'),
        );
        const problem = open.querySelector('[role=alert]');
        if (done || problem) {
          observer.disconnect();
          const at = performance.now();
          B.afterPaint().then((painted) => {
            B.mark('done');
            resolveResult({
              ok: Boolean(done),
              text: (done ?? problem).textContent,
              t0,
              preview,
              done: at,
              painted,
              loaf: B.loafBetween(t0, painted),
            });
          });
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  });
  const r = await around(async () => {
    await dialog.getByLabel('Annotation file').setInputFiles(file);
    return page.evaluate(() => window.__bench.importResult);
  });
  if (!r.ok) throw new Error(`import failed: ${r.text}`);
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await dialog.waitFor({ state: 'hidden' });
  return {
    ms: r.painted - r.t0,
    checkMs: round(r.preview - r.t0),
    saveMs: round(r.done - r.preview),
    status: r.text.trim(),
    mainThread: r.loaf,
  };
}
