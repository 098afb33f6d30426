// Control (--profile): paint_floor, scrollTop jumps, add_claim and keystroke_edit with the claims
// panel out of layout (display: none through the CSSOM; React still renders every card).
import { settle } from '../lib/browser.mjs';
import {
  measureAddClaim,
  measureKeystroke,
  measurePaintFloor,
  measureScrollTop,
} from '../lib/interactions.mjs';
import { log, round } from '../lib/log.mjs';
import { farClaims, readerButton, scrollToTop, waitSaved } from '../lib/reader.mjs';

/**
 * What remains is the cost of everything but laying out and painting the panel's cards.
 * @param {import('../lib/record.mjs').Context} ctx
 */
export async function controlPanel(ctx, { page, inputs }) {
  const far = farClaims(inputs.files.bundle, ctx.runs);
  const hide = (hidden) =>
    page.evaluate((h) => {
      document.querySelector('.claims-panel').style.display = h ? 'none' : '';
    }, hidden);
  const runs = Math.min(ctx.runs, 3);
  const out = { paint_floor: [], add_claim: [], scroll_jump_scrolltop: [], keystroke_edit: [] };
  await scrollToTop(page);
  await hide(true);
  await settle(page);
  for (let run = 0; run < runs; run++) {
    out.paint_floor.push(round((await measurePaintFloor(page)).ms));
    out.scroll_jump_scrolltop.push(round((await measureScrollTop(page, far[run])).ms));
  }
  await scrollToTop(page);
  for (let run = 0; run < runs; run++) {
    out.add_claim.push(round((await measureAddClaim(page, run + 2)).ms));
  }
  await readerButton(page, 'Edit text').click();
  await readerButton(page, 'Done editing').waitFor();
  await settle(page);
  for (let run = 0; run < runs; run++) {
    out.keystroke_edit.push(round((await measureKeystroke(page, run + 2)).ms));
  }
  await readerButton(page, 'Done editing').click();
  await waitSaved(page);
  await hide(false);
  await settle(page);
  ctx.details['control: claims panel display:none (ms per run)'] = out;
  log('control runs with the claims panel out of layout:', out);
}
