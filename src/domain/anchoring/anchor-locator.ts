import {
  createAnchorContext,
  locateAnchorSteps,
  locateSolid,
  locateVerbatim,
  NO_COPY,
  prepareAnchorSearch,
  SOLID_ROUNDS,
  type AnchorContext,
  type AnchorMatch,
} from './anchor';
import { neighbourHints, type AnchorHint } from './anchor-hint';
import type { Anchor } from '../types';

/**
 * Time spent locating anchors before handing the page back: a slice stops at the first step that
 * ends past it, and a step (one anchor, a stage's hints, PREPARE_STEP units of the text's search
 * structures) stays within the 4 ms left of a 16 ms frame (docs/DECISIONS.md, "Scale").
 */
export const ANCHOR_SLICE_MS = 12;

/**
 * Locates anchors in one text and remembers each result by its anchor object, so that a claim
 * whose anchor did not change is never located again; works in time slices, so that locating
 * thousands of edited quotes never holds the page for long.
 */
export class AnchorLocator {
  private context: AnchorContext | undefined;
  private readonly found = new WeakMap<Anchor, AnchorMatch>();
  /** Anchors found not verbatim at their offsets, whose search is under way. */
  private readonly searching = new WeakSet<Anchor>();
  /** The searches under way (`locateAnchorSteps`), paused at the end of a slice. */
  private readonly searches = new WeakMap<Anchor, Generator<void, AnchorMatch>>();
  /** How many rounds of `locateSolid` each anchor not settled yet has had. */
  private readonly rounds = new WeakMap<Anchor, number>();
  /** The hints of one stage (a round, then the searches) for one list of anchors. */
  private hints: { anchors: readonly Anchor[]; stage: number; hints: AnchorHint[] } | undefined;

  /** The neighbours' hints at the start of a stage, computed once per stage and list. */
  private hintsAt(anchors: readonly Anchor[], stage: number): AnchorHint[] {
    if (this.hints?.anchors !== anchors || this.hints.stage !== stage) {
      const matches = anchors.map((anchor) => this.found.get(anchor));
      this.hints = { anchors, stage, hints: neighbourHints(anchors, matches) };
    }
    return this.hints.hints;
  }

  constructor(readonly text: string) {}

  /** Where an anchor was found, if it has been located in this text. */
  known(anchor: Anchor): AnchorMatch | undefined {
    return this.found.get(anchor);
  }

  /**
   * Locates the anchors not located yet until `budgetMs` has passed (at least one step each
   * call, so that work always moves on); returns how many are still to locate. Anchors still
   * verbatim at their offsets are settled first, without folding the text; the others need
   * the text's search structures, each built in a step of its own, then a step each to settle
   * the certain ones (`locateSolid`), then a search each guided by its settled neighbours.
   */
  locate(anchors: readonly Anchor[], budgetMs: number, now: () => number): number {
    const started = now();
    this.context ??= createAnchorContext(this.text);
    const context = this.context;
    let searched = 0;
    for (const anchor of anchors) {
      if (this.found.has(anchor)) continue;
      searched++;
      // Each anchor is tried verbatim once, not again in every slice.
      if (this.searching.has(anchor)) continue;
      const verbatim = locateVerbatim(context, anchor);
      if (verbatim) {
        this.found.set(anchor, verbatim);
        searched--;
      } else this.searching.add(anchor);
    }
    // Every anchor settled without a search: the text need not be folded at all.
    if (searched === 0) return 0;
    let done = 0;
    const spent = () => done > 0 && now() - started >= budgetMs;
    const left = () => anchors.filter((anchor) => !this.found.has(anchor)).length;
    while (!spent() && prepareAnchorSearch(context)) done++;
    for (let round = 0; round < SOLID_ROUNDS; round++) {
      const pending = anchors.filter(
        (anchor) => !this.found.has(anchor) && (this.rounds.get(anchor) ?? 0) <= round,
      );
      if (pending.length === 0) continue;
      // A stage's hints (a pass over all anchors) start a slice rather than overrun one.
      if (spent()) return left();
      const hints = this.hintsAt(anchors, round);
      let remaining = 0;
      anchors.forEach((anchor, i) => {
        if (this.found.has(anchor) || (this.rounds.get(anchor) ?? 0) > round) return;
        if (spent()) {
          remaining++;
          return;
        }
        const solid = locateSolid(context, anchor, hints[i]);
        if (solid === NO_COPY) this.rounds.set(anchor, SOLID_ROUNDS);
        else if (solid) this.found.set(anchor, solid);
        else this.rounds.set(anchor, round + 1);
        done++;
      });
      if (remaining > 0) return left();
    }
    if (spent()) return left();
    const hints = this.hintsAt(anchors, SOLID_ROUNDS);
    for (const [i, anchor] of anchors.entries()) {
      if (this.found.has(anchor)) continue;
      let search = this.searches.get(anchor);
      if (!search) {
        search = locateAnchorSteps(context, anchor, hints[i]);
        this.searches.set(anchor, search);
      }
      // A whole-text search takes several steps, each its own, paused between slices.
      while (!spent()) {
        const step = search.next();
        done++;
        if (step.done) {
          this.found.set(anchor, step.value);
          this.searches.delete(anchor);
          break;
        }
      }
      if (spent()) return left();
    }
    return left();
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
