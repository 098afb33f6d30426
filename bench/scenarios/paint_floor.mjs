// paint_floor: the open article's registered ranges painted with the raw Highlight API (rAF×2),
// one run on the page each open_article run leaves.
import { measurePaintFloor } from '../lib/interactions.mjs';

/** @param {import('../lib/record.mjs').Context} ctx */
export async function paintFloor(ctx, { page, inputs }) {
  const floor = await measurePaintFloor(page);
  ctx.record('paint_floor', floor.ms, inputs.description.claims);
  ctx.detail('paint_floor', floor);
  return floor;
}
