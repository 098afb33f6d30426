// The app's own anchoring code, exposed to the benchmark (bench/run.mjs) on a bare page.
import { locateAnchors } from '../src/domain/anchor';
import type { Anchor } from '../src/domain/types';

/** Runs `locateAnchors` once and says how long it took and what it found. */
function run(text: string, anchors: Anchor[]) {
  const t0 = performance.now();
  const matches = locateAnchors(text, anchors);
  const ms = performance.now() - t0;
  const statuses: Record<string, number> = {};
  for (const match of matches) statuses[match.status] = (statuses[match.status] ?? 0) + 1;
  return { ms, statuses };
}

(window as unknown as { benchAnchor: unknown }).benchAnchor = { run };
