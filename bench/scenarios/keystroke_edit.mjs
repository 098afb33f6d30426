// keystroke_edit: in edit mode, one character typed after a visible word, keydown to the next
// paint; each run then waits for the autosave and reports its main-thread cost.
import { settle } from '../lib/browser.mjs';
import { direct, instrument, measureMainThread } from '../lib/instrument.mjs';
import { measureKeystroke } from '../lib/interactions.mjs';
import { log, round } from '../lib/log.mjs';
import { readerButton, scrollToTop, waitSaved } from '../lib/reader.mjs';

/** @param {import('../lib/record.mjs').Context} ctx */
export async function keystrokeEdit(ctx, { page, inputs }) {
  await scrollToTop(page);
  await readerButton(page, 'Edit text').click();
  await readerButton(page, 'Done editing').waitFor();
  await settle(page);
  for (let run = 0; run < ctx.runs; run++) {
    const r = await measureKeystroke(page, run);
    ctx.record('keystroke_edit', r.ms, inputs.description.claims);
    ctx.detail('keystroke_edit', r);
    log(
      `keystroke_edit run ${run + 1}: ${round(r.ms)} ms; autosave busy ${r.autosave.frameMs} ms (longest frame ${r.autosave.longestMs} ms)`,
    );
  }
  await measureMainThread(ctx, page, 'keystroke_edit', 'bench:first-paint', (around, k) =>
    measureKeystroke(page, k, around),
  );
  await instrument(
    ctx,
    () => page,
    'keystroke_edit',
    (around) => measureKeystroke(page, 1, around),
  );
  await instrument(
    ctx,
    () => page,
    'autosave after a keystroke',
    (around) => measureKeystroke(page, 2, direct, around),
  );
  await readerButton(page, 'Done editing').click();
  await waitSaved(page);
  await settle(page);
}
