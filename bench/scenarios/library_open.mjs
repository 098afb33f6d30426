// library_open: a reload of the library holding 2,000 articles and 100,000 claims, to the first
// paint where every visible article row shows its counts per verdict and per review state.
import { settle } from '../lib/browser.mjs';
import { measureMainThread } from '../lib/instrument.mjs';
import { log, round } from '../lib/log.mjs';

/**
 * Reloads the page; the in-page helpers (installed at the document's start) time the new
 * document from its navigation start to that paint.
 */
async function measureOpen(page, around = (fn) => fn()) {
  await settle(page);
  await page.evaluate(() => sessionStorage.setItem('bench:library-open', '1'));
  const r = await around(async () => {
    await page.reload();
    return page.evaluate(() => window.__bench.libraryOpen);
  });
  await settle(page);
  return r;
}

/** @param {import('../lib/record.mjs').Context} ctx */
export async function libraryOpen(ctx, { page, library }) {
  for (let run = 0; run < ctx.runs; run++) {
    const r = await measureOpen(page);
    ctx.record('library_open', r.ms, library.description.claims);
    ctx.detail('library_open', r);
    log(
      `library_open run ${run + 1}: ${round(r.ms)} ms to the painted rows (${r.rows} rows with their counts in the page)`,
    );
  }
  await measureMainThread(ctx, page, 'library_open', 'bench:done', (around) =>
    measureOpen(page, around),
  );
}
