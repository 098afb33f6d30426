import type { FoldedRange } from './anchor-text';

/** Stored context that must agree beside a fitted edge (units), or all of it if shorter. */
const FIT_MIN = 8;
/** Stored context that must agree beside an edge moved inward past the error budget. */
const FIT_STRONG = 16;

/**
 * Units of stored context that may differ beside an edge and still count as agreeing on: a
 * neighbour's edit (a full stop turned into a comma, its capital lowered) must not hide where
 * the claim ends.
 */
const SLIPS = 2;

/** How many units of `context` agree right before folded index `at` (up to SLIPS differing). */
function agreeingBefore(folded: string, context: string, at: number): number {
  let agreeing = 0;
  let slips = 0;
  for (let k = 0; k < context.length && at - 1 - k >= 0; k++) {
    if (folded.charCodeAt(at - 1 - k) === context.charCodeAt(context.length - 1 - k)) agreeing++;
    else if (++slips > SLIPS || k === 0) break;
  }
  return agreeing;
}

/** How many units of `context` agree from folded index `at` on (up to SLIPS differing). */
function agreeingAfter(folded: string, context: string, at: number): number {
  let agreeing = 0;
  let slips = 0;
  for (let k = 0; k < context.length && at + k < folded.length; k++) {
    if (folded.charCodeAt(at + k) === context.charCodeAt(k)) agreeing++;
    else if (++slips > SLIPS || k === 0) break;
  }
  return agreeing;
}

/** How far an edge may move: outward (taking in text), and inward (leaving some out). */
export interface FitReach {
  outward: number;
  inward: number;
}

/**
 * The position near `at` where the most stored context agrees, if enough does: within
 * `reach.outward` outward, or `reach.inward` inward (`inwardSign` says which way is inward),
 * where beyond `reach.outward` the context must agree over FIT_STRONG units (else FIT_MIN), or
 * all of it, or all the way to the text's edge.
 */
function bestEdge(
  folded: string,
  context: string,
  at: number,
  reach: FitReach,
  inwardSign: 1 | -1,
  agreeing: (folded: string, context: string, at: number) => number,
): number | undefined {
  let best: number | undefined;
  let bestLength = 0;
  const farthest = Math.max(reach.outward, reach.inward);
  for (let d = 0; d <= farthest; d++) {
    const sides = d === 0 ? [0] : [inwardSign * d, -inwardSign * d];
    for (const offset of sides) {
      const inward = offset * inwardSign > 0;
      if (d > (inward ? reach.inward : reach.outward)) continue;
      const p = at + offset;
      if (p < 0 || p > folded.length) continue;
      const length = agreeing(folded, context, p);
      // Context cut by the text's edge agrees at best up to that edge.
      const room = Math.min(context.length, inwardSign > 0 ? p : folded.length - p);
      const needed = Math.min(d <= reach.outward ? FIT_MIN : FIT_STRONG, room);
      // Nearest first: a farther position must agree strictly more, and far ones strongly.
      if (length > bestLength && length >= needed) {
        best = p;
        bestLength = length;
      }
    }
  }
  return best;
}

/**
 * Fits a fuzzy match's edges to where its stored prefix ends and its suffix begins (see
 * `FitReach`): an edit at a claim's edge then leaves the claim on its remaining words, and an
 * error budget cannot pull in the neighbouring words. An empty context fits the text's edge; a
 * quote whose first (last) character began (ended) a word never starts (ends) inside one.
 */
export function fitEdges(
  folded: string,
  range: FoldedRange,
  context: { prefix: string; suffix: string },
  quoteEdges: { first: string; last: string },
  reach: FitReach,
): FoldedRange {
  const { prefix, suffix } = context;
  let { start, end } = range;
  if (prefix.length === 0) {
    if (start <= reach.outward) start = 0;
  } else {
    start = bestEdge(folded, prefix, start, reach, 1, agreeingBefore) ?? start;
  }
  if (suffix.length === 0) {
    if (folded.length - end <= reach.outward) end = folded.length;
  } else {
    end = bestEdge(folded, suffix, end, reach, -1, agreeingAfter) ?? end;
  }
  // A quote that began (ended) at a word's edge keeps doing so: no part of a neighbouring word.
  if (isWord(quoteEdges.first) && !isWord(prefix.charAt(prefix.length - 1))) {
    const limit = Math.min(end, start + reach.outward);
    while (start < limit && (isWord(folded.charAt(start - 1)) || !isWord(folded.charAt(start)))) {
      start++;
    }
  }
  if (isWord(quoteEdges.last) && !isWord(suffix.charAt(0))) {
    const limit = Math.max(start, end - reach.outward);
    while (end > limit && isWord(folded.charAt(end)) && isWord(folded.charAt(end - 1))) end--;
  }
  // Spaces at the fitted edges belong to the context, not to the claim.
  while (start < end && folded.charCodeAt(start) === 0x20) start++;
  while (end > start && folded.charCodeAt(end - 1) === 0x20) end--;
  return start < end ? { start, end } : range;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether the folded range [start, end) keeps the quote's word edges: a quote that began (ended)
 * a word never starts (ends) inside a word of the text, as a copy cut out of a longer word would.
 */
export function keepsWordEdges(
  folded: string,
  start: number,
  end: number,
  wanted: { quote: string; prefix: string; suffix: string },
): boolean {
  const { quote, prefix, suffix } = wanted;
  if (isWord(quote.charAt(0)) && !isWord(prefix.charAt(prefix.length - 1))) {
    if (isWord(folded.charAt(start - 1))) return false;
  }
  if (isWord(quote.charAt(quote.length - 1)) && !isWord(suffix.charAt(0))) {
    if (isWord(folded.charAt(end))) return false;
  }
  return true;
}

/** Whether a character is part of a word (a letter or digit); false for the empty string. */
export const isWord = (char: string) => char !== '' && WORD.test(char);
