// The input floor (a control run before add_claim): the same selection, then a key nothing
// listens to (Shift), keydown to the next paint.
import { settle } from '../lib/browser.mjs';
import { log, round } from '../lib/log.mjs';
import { scrollToTop, selectVisibleWords } from '../lib/reader.mjs';

/**
 * What is left is the browser's own delivery of the key and the wait for the next frame, which
 * every key measurement here includes.
 */
async function measureInputFloor(page, run) {
  await selectVisibleWords(page, run, false);
  await settle(page);
  await page.evaluate(() => {
    const B = window.__bench;
    B.pending = B.nextEvent('keydown').then(async (t0) => ({ ms: (await B.afterPaint()) - t0 }));
  });
  await page.keyboard.press('Shift');
  const r = await page.evaluate(() => window.__bench.pending);
  await settle(page);
  return r;
}

/** @param {import('../lib/record.mjs').Context} ctx */
export async function inputFloor(ctx, { page }) {
  await scrollToTop(page);
  const floor = [];
  for (let run = 0; run < ctx.runs; run++) {
    floor.push(round((await measureInputFloor(page, run)).ms));
  }
  ctx.details['control: keydown of a key nothing handles, to the next paint (ms per run)'] = floor;
  log(`input floor (Shift, no work): ${floor.join(', ')} ms`);
}
