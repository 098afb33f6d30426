// filter_claims: one character typed in the reader's claims filter ("Search claims") until the
// list shows the filtered result (its count line changes).
import { settle } from '../lib/browser.mjs';
import { direct, instrument, measureMainThread } from '../lib/instrument.mjs';
import { log, round } from '../lib/log.mjs';

async function measureFilter(page, box, run, around = direct) {
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
      B.mark('first-paint');
      const shown = await B.frameWhen(() => signature() !== before, 30_000, 'shown');
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
    await page.keyboard.press(['q', 'z', 'j', 'x', 'k'][run % 5]);
    return page.evaluate(() => window.__bench.pending);
  });
  await settle(page);
  return r;
}

/** @param {import('../lib/record.mjs').Context} ctx */
export async function filterClaims(ctx, { page, inputs }) {
  // The panel shows its filter bar whenever the article has claims.
  const box = page
    .locator('.claims-panel input[type=search], .claims-panel [role=searchbox]')
    .first();
  ctx.notes.push('filter_claims measured in the reader claims panel.');
  for (let run = 0; run < ctx.runs; run++) {
    const r = await measureFilter(page, box, run);
    const total = Number(/of (\d+) claims/.exec(r.after)?.[1] ?? inputs.description.claims);
    ctx.record('filter_claims', r.ms, total);
    ctx.detail('filter_claims', r);
    log(
      `filter_claims run ${run + 1}: ${round(r.ms)} ms to the filtered list (input echo ${round(r.inputEchoMs)} ms): ${r.before} → ${r.after}`,
    );
  }
  await measureMainThread(ctx, page, 'filter_claims', 'bench:shown', (around, k) =>
    measureFilter(page, box, k, around),
  );
  await instrument(
    ctx,
    () => page,
    'filter_claims',
    (around) => measureFilter(page, box, 0, around),
  );
}
