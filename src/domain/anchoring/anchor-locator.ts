import {
  createAnchorContext,
  locateAnchor,
  locateVerbatim,
  prepareAnchorSearch,
  type AnchorContext,
  type AnchorMatch,
} from './anchor';
import type { Anchor } from '../types';

/**
 * Time spent locating anchors before handing the page back: short enough that a slice, with the
 * one whole-text fuzzy search that may run past it, stays under a long task (docs/DECISIONS.md,
 * "Scale").
 */
export const ANCHOR_SLICE_MS = 15;

/**
 * Locates anchors in one text and remembers each result by its anchor object, so that a claim
 * whose anchor did not change is never located again; works in time slices, so that locating
 * thousands of edited quotes never holds the page for long.
 */
export class AnchorLocator {
  private context: AnchorContext | undefined;
  private readonly found = new WeakMap<Anchor, AnchorMatch>();

  constructor(readonly text: string) {}

  /** Where an anchor was found, if it has been located in this text. */
  known(anchor: Anchor): AnchorMatch | undefined {
    return this.found.get(anchor);
  }

  /**
   * Locates the anchors not located yet until `budgetMs` has passed (at least one step each
   * call, so that work always moves on); returns how many are still to locate. Anchors still
   * verbatim at their offsets are settled first, without folding the text; the others need
   * the text's search structures, each built in a step of its own, then a search each.
   */
  locate(anchors: readonly Anchor[], budgetMs: number, now: () => number): number {
    const started = now();
    this.context ??= createAnchorContext(this.text);
    const context = this.context;
    const searched: Anchor[] = [];
    for (const anchor of anchors) {
      if (this.found.has(anchor)) continue;
      const verbatim = locateVerbatim(context, anchor);
      if (verbatim) this.found.set(anchor, verbatim);
      else searched.push(anchor);
    }
    // Every anchor settled without a search: the text need not be folded at all.
    if (searched.length === 0) return 0;
    let done = 0;
    const spent = () => done > 0 && now() - started >= budgetMs;
    while (!spent() && prepareAnchorSearch(context)) done++;
    let remaining = 0;
    for (const anchor of searched) {
      if (this.found.has(anchor)) continue;
      if (spent()) {
        remaining++;
        continue;
      }
      this.found.set(anchor, locateAnchor(context, anchor));
      done++;
    }
    return remaining;
  }
}

/** How a sliced run of `locateAnchorsInSlices` went. */
export interface SlicedRun {
  matches: AnchorMatch[];
  slices: number;
  /** The longest time spent locating without handing back to the host. */
  longestSliceMs: number;
}

/**
 * Locates anchors in slices of about `sliceMs`, awaiting `pause()` between slices (the host's
 * way to let other work run: a task, an idle callback).
 */
export async function locateAnchorsInSlices(
  text: string,
  anchors: readonly Anchor[],
  options: { sliceMs: number; now: () => number; pause: () => Promise<void> },
): Promise<SlicedRun> {
  const locator = new AnchorLocator(text);
  let slices = 0;
  let longestSliceMs = 0;
  for (let remaining = anchors.length; remaining > 0;) {
    if (slices > 0) await options.pause();
    const started = options.now();
    remaining = locator.locate(anchors, options.sliceMs, options.now);
    longestSliceMs = Math.max(longestSliceMs, options.now() - started);
    slices++;
  }
  return { matches: anchors.map((a) => locator.known(a)!), slices, longestSliceMs };
}
