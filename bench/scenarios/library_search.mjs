// library_search: one character typed in the library's search box (2,000 articles) until the
// list shows the matching articles (its "N of M articles" line changes).
import { settle } from '../lib/browser.mjs';
import { direct, measureMainThread } from '../lib/instrument.mjs';
import { log, round } from '../lib/log.mjs';

/**
 * Types one character into an emptied search box (the box of `selector`), timed from the keydown
 * to the paint of the list whose count line changed; shared with all_claims_filter.
 */
export async function measureListFilter(page, selector, key, around = direct) {
  const box = page.locator(selector).first();
  await box.fill('');
  await page.waitForFunction(() => window.__bench.listUnfiltered());
  await box.focus();
  await settle(page);
  await page.evaluate(() => {
    const B = window.__bench;
    const signature = B.listSignature;
    const before = signature();
    B.pending = B.nextEvent('keydown').then(async (t0) => {
      B.mark('action');
      const echo = await B.afterPaint();
      const shown = await B.frameWhen(() => signature() !== before, 120_000, 'shown');
      B.mark('done');
      return {
        ms: shown.painted - t0,
        inputEchoMs: echo - t0,
        before,
        after: signature(),
        mainThread: B.loafBetween(t0, shown.next),
      };
    });
  });
  const r = await around(async () => {
    await page.keyboard.press(key);
    return page.evaluate(() => window.__bench.pending);
  });
  await settle(page);
  return r;
}

/** Keys whose matches differ in number from the whole library, one per run. */
export const FILTER_KEYS = ['q', 'z', 'j', 'x', 'k'];

/** @param {import('../lib/record.mjs').Context} ctx */
export async function librarySearch(ctx, { page, library }) {
  const selector = '#library-search';
  for (let run = 0; run < ctx.runs; run++) {
    const r = await measureListFilter(page, selector, FILTER_KEYS[run % FILTER_KEYS.length]);
    ctx.record('library_search', r.ms, library.description.articles);
    ctx.detail('library_search', r);
    log(
      `library_search run ${run + 1}: ${round(r.ms)} ms to the matching list (input echo ${round(r.inputEchoMs)} ms): ${r.after}`,
    );
  }
  await measureMainThread(ctx, page, 'library_search', 'bench:shown', (around, k) =>
    measureListFilter(page, selector, FILTER_KEYS[k % FILTER_KEYS.length], around),
  );
  await page.locator(selector).fill('');
  await settle(page);
}
