import { codePointLength } from '../text/code-points';
import type { Anchor, AnchorStatus } from '../types';

/**
 * What a claim's located neighbours in the same article say about where it should be (code
 * points): its offset shifted like its nearest located neighbour, and the ranges its start may
 * lie in to keep their order (anywhere when absent).
 */
export interface AnchorHint {
  expected?: number;
  /** Its offset shifted like its next located neighbour, when that one moved otherwise. */
  alsoExpected?: number;
  ranges?: { start: number; end: number }[];
  /** Where the next located claim now starts, when the claim used to end before it. */
  endBefore?: number;
  /**
   * Located neighbours on both sides say where the claim should be. One side's shift alone (at
   * the first or last located claim) cannot tell the claim's words from a look-alike standing
   * where they would: that neighbour may have moved with its paragraph, the claim not.
   */
  bothSides?: boolean;
  /** The neighbours' shifts say text between them was deleted: perhaps the claim's words. */
  deletedBetween?: boolean;
}

/** How far past its stored distance from a neighbour a claim may be found (code points). */
const SLACK = 32;

/** A located claim's range and how it was found. */
interface Located {
  start: number;
  end: number;
  status: AnchorStatus;
}

/** Whether a match is certain enough to guide its neighbours: at its offsets or moved intact. */
const guides = (match: Located | undefined): match is Located =>
  match !== undefined && (match.status === 'exact' || match.status === 'moved');

/**
 * Each anchor's hint from the nearest guiding matches before and after it by stored offset
 * (`matches[i]` belongs to `anchors[i]`, undefined while not located). Between neighbours
 * whose new order contradicts their stored order, the claim stays near one of them.
 */
export function neighbourHints(
  anchors: readonly Anchor[],
  matches: readonly (Located | undefined)[],
): AnchorHint[] {
  // Offsets that do not span the quote (an import without a position) place it nowhere.
  const placed = anchors.map((a) => a.end - a.start === codePointLength(a.exact));
  const order = anchors
    .map((_, i) => i)
    .filter((i) => placed[i])
    .sort((a, b) => anchors[a]!.start - anchors[b]!.start);
  const before: (number | undefined)[] = new Array(anchors.length);
  const after: (number | undefined)[] = new Array(anchors.length);
  let last: number | undefined;
  for (const i of order) {
    before[i] = last;
    if (guides(matches[i])) last = i;
  }
  last = undefined;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    after[i] = last;
    if (guides(matches[i])) last = i;
  }
  return anchors.map((anchor, i) => {
    if (!placed[i]) return {};
    const prev = before[i];
    const next = after[i];
    const hint: AnchorHint = {};
    const shiftOf = (j: number) => matches[j]!.start - anchors[j]!.start;
    if (prev !== undefined) hint.expected = anchor.start + shiftOf(prev);
    if (next !== undefined) {
      const expected = anchor.start + shiftOf(next);
      if (hint.expected === undefined) hint.expected = expected;
      else if (expected !== hint.expected) hint.alsoExpected = expected;
      hint.bothSides = prev !== undefined;
      hint.deletedBetween = prev !== undefined && shiftOf(next) < shiftOf(prev);
    }
    const lower = prev !== undefined ? matches[prev]!.start : 0;
    const upper = next !== undefined ? matches[next]!.start : Infinity;
    if (lower <= upper) {
      if (prev !== undefined || next !== undefined) {
        // Claims that did not overlap keep not overlapping.
        const after = prev !== undefined && anchors[prev]!.end <= anchor.start;
        hint.ranges = [{ start: after ? Math.min(matches[prev!]!.end, upper) : lower, end: upper }];
      }
      if (next !== undefined && anchor.end <= anchors[next]!.start) hint.endBefore = upper;
      return hint;
    }
    // The neighbours moved apart (a paragraph moved between them): near either one.
    const gap = (j: number) => 1.5 * Math.abs(anchor.start - anchors[j]!.start) + SLACK;
    hint.ranges = [
      { start: lower, end: lower + gap(prev!) },
      { start: upper - gap(next!), end: upper },
    ];
    return hint;
  });
}
