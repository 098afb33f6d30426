// all_claims_open: from the click on "All claims" (100,000 claims in the library) to the paint of
// the list with its rows; all_claims_filter: one character typed in its filter to the paint of
// the filtered list.
import { settle } from '../lib/browser.mjs';
import { direct, measureMainThread } from '../lib/instrument.mjs';
import { log, round } from '../lib/log.mjs';
import { FILTER_KEYS, measureListFilter } from './library_search.mjs';

const FILTER_BOX = '.all-claims input[type=search]';

async function measureOpen(page, around = direct) {
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await page.locator('h1', { hasText: /^Library$/ }).waitFor();
  await settle(page);
  return around(() =>
    page.evaluate(async () => {
      const B = window.__bench;
      const link = [...document.querySelectorAll('nav a')].find(
        (a) => a.textContent.trim() === 'All claims',
      );
      B.mark('action');
      const t0 = performance.now();
      link.click();
      const shown = await B.frameWhen(
        () =>
          document.querySelector('.claim-rows-list li .claim-row') !== null &&
          // The whole list: its first rows while the claims are read do not count.
          document.querySelector('.all-claims [data-reading]') === null &&
          /\d+ of \d+/.test(B.listSignature().replace(/[\s,\u202f]/g, ' ')),
      );
      B.mark('done');
      return {
        ms: shown.painted - t0,
        status: B.listSignature(),
        rows: document.querySelectorAll('.claim-rows-list li').length,
        mainThread: B.loafBetween(t0, shown.next),
      };
    }),
  );
}

/** @param {import('../lib/record.mjs').Context} ctx */
export async function allClaims(ctx, { page, library }) {
  const n = library.description.claims;
  if (ctx.wanted('all_claims_open')) {
    for (let run = 0; run < ctx.runs; run++) {
      const r = await measureOpen(page);
      ctx.record('all_claims_open', r.ms, n);
      ctx.detail('all_claims_open', r);
      log(`all_claims_open run ${run + 1}: ${round(r.ms)} ms (${r.status}, ${r.rows} rows)`);
      await settle(page);
    }
    await measureMainThread(ctx, page, 'all_claims_open', 'bench:done', (around) =>
      measureOpen(page, around),
    );
  } else {
    await measureOpen(page);
  }
  if (!ctx.wanted('all_claims_filter')) return;
  ctx.noteLoad('all_claims_filter');
  for (let run = 0; run < ctx.runs; run++) {
    const r = await measureListFilter(page, FILTER_BOX, FILTER_KEYS[run % FILTER_KEYS.length]);
    ctx.record('all_claims_filter', r.ms, n);
    ctx.detail('all_claims_filter', r);
    log(`all_claims_filter run ${run + 1}: ${round(r.ms)} ms: ${r.before} → ${r.after}`);
  }
  await measureMainThread(ctx, page, 'all_claims_filter', 'bench:shown', (around, k) =>
    measureListFilter(page, FILTER_BOX, FILTER_KEYS[k % FILTER_KEYS.length], around),
  );
  await page.locator(FILTER_BOX).first().fill('');
  await settle(page);
}
