// The app's own anchoring code, exposed on a bare page to bench/scenarios/anchor_*.mjs.
import { locateAnchors, type AnchorMatch } from '../src/domain/anchoring/anchor';
import { ANCHOR_SLICE_MS, locateAnchorsInSlices } from '../src/domain/anchoring/anchor-locator';
import type { Anchor } from '../src/domain/types';

/** Hands the page back for one task, as a scheduler would (no timer clamping). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

function statusesOf(matches: AnchorMatch[]) {
  const statuses: Record<string, number> = {};
  for (const match of matches) statuses[match.status] = (statuses[match.status] ?? 0) + 1;
  return statuses;
}

/** Runs `locateAnchors` once and says how long it took and what it found. */
function run(text: string, anchors: Anchor[]) {
  const t0 = performance.now();
  const matches = locateAnchors(text, anchors);
  const ms = performance.now() - t0;
  return { ms, statuses: statusesOf(matches) };
}

/**
 * Locates the anchors as the reader does (slices of the same size), with a task between them: the total time,
 * and the longest time the page was held without a break.
 */
async function runSliced(text: string, anchors: Anchor[]) {
  const t0 = performance.now();
  const sliced = await locateAnchorsInSlices(text, anchors, {
    sliceMs: ANCHOR_SLICE_MS,
    now: () => performance.now(),
    pause: nextTask,
  });
  const ms = performance.now() - t0;
  return {
    ms,
    longestSliceMs: sliced.longestSliceMs,
    slices: sliced.slices,
    statuses: statusesOf(sliced.matches),
  };
}

(window as unknown as { benchAnchor: unknown }).benchAnchor = { run, runSliced };
