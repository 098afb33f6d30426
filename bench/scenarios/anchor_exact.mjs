// anchor_exact: the app's locateAnchors for 5,000 unchanged anchors, in one call.
import { measureMainThread } from '../lib/instrument.mjs';
import { log, round } from '../lib/log.mjs';

/** @param {import('../lib/record.mjs').Context} ctx */
export async function anchorExact(ctx, { page, data }) {
  for (let run = 0; run < ctx.runs; run++) {
    const r = await page.evaluate(() =>
      window.benchAnchor.run(window.benchData.text, window.benchData.anchors),
    );
    ctx.record('anchor_exact', r.ms, data.anchors.length);
    ctx.detail('anchor_exact', { ms: round(r.ms), statuses: r.statuses });
  }
  await measureMainThread(ctx, page, 'anchor_exact', 'bench:done', (around) =>
    around(() =>
      page.evaluate(() => {
        performance.mark('bench:action');
        window.benchAnchor.run(window.benchData.text, window.benchData.anchors);
        performance.mark('bench:done');
      }),
    ),
  );
  const runs = ctx.details.anchor_exact;
  log(`anchor_exact: ${runs.map((d) => d.ms).join(', ')} ms`, runs[0].statuses);
}
