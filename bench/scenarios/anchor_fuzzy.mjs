// anchor_fuzzy: 5,000 anchors with 1–2 letters changed, located as the reader locates them.
import { measureMainThread } from '../lib/instrument.mjs';
import { log, round } from '../lib/log.mjs';

/** @param {import('../lib/record.mjs').Context} ctx */
export async function anchorFuzzy(ctx, { page, data }) {
  // As the reader locates them: in slices with a task between them (the page never held for
  // long). The one-shot figure of the same work is kept beside it.
  for (let run = 0; run < ctx.runs; run++) {
    const sliced = await page.evaluate(() =>
      window.benchAnchor.runSliced(window.benchData.text, window.benchData.fuzzyAnchors),
    );
    const once = await page.evaluate(() =>
      window.benchAnchor.run(window.benchData.text, window.benchData.fuzzyAnchors),
    );
    ctx.record('anchor_fuzzy', sliced.ms, data.fuzzyAnchors.length);
    ctx.detail('anchor_fuzzy', {
      ms: round(sliced.ms),
      longestSliceMs: round(sliced.longestSliceMs),
      slices: sliced.slices,
      oneShotMs: round(once.ms),
      statuses: sliced.statuses,
    });
  }
  await measureMainThread(ctx, page, 'anchor_fuzzy', 'bench:done', (around) =>
    around(() =>
      page.evaluate(async () => {
        performance.mark('bench:action');
        await window.benchAnchor.runSliced(window.benchData.text, window.benchData.fuzzyAnchors);
        performance.mark('bench:done');
      }),
    ),
  );
  const runs = ctx.details.anchor_fuzzy;
  log(
    `anchor_fuzzy: ${runs.map((d) => d.ms).join(', ')} ms in slices (longest ${Math.max(...runs.map((d) => d.longestSliceMs))} ms); one shot ${runs.map((d) => d.oneShotMs).join(', ')} ms`,
    runs[0].statuses,
  );
}
