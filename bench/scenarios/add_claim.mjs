// add_claim: words selected in view, then a verdict key (c/d/u), keydown to the next paint.
import { instrument, measureMainThread } from '../lib/instrument.mjs';
import { measureAddClaim } from '../lib/interactions.mjs';
import { log, round } from '../lib/log.mjs';

/** @param {import('../lib/record.mjs').Context} ctx */
export async function addClaim(ctx, { page, inputs }) {
  for (let run = 0; run < ctx.runs; run++) {
    const r = await measureAddClaim(page, run);
    ctx.record('add_claim', r.ms, inputs.description.claims + run);
    ctx.detail('add_claim', r);
    log(
      `add_claim run ${run + 1}: ${round(r.ms)} ms to the next paint; highlight painted after ${round(r.highlightMs)} ms, card after ${r.cardMs === null ? '(not shown)' : `${round(r.cardMs)} ms`}`,
    );
  }
  await measureMainThread(ctx, page, 'add_claim', 'bench:first-paint', (around, k) =>
    measureAddClaim(page, ctx.runs + 1 + k, around),
  );
  await instrument(
    ctx,
    () => page,
    'add_claim',
    (around) => measureAddClaim(page, ctx.runs, around),
  );
}
