import type { FoldedRange } from './anchor-text';

/** Stored context that must agree beside a fitted edge (units), or all of it if shorter. */
const FIT_MIN = 8;

/** How many units of `context` end right before folded index `at`. */
function agreeingBefore(folded: string, context: string, at: number): number {
  let k = 0;
  while (k < context.length && at - 1 - k >= 0) {
    if (folded.charCodeAt(at - 1 - k) !== context.charCodeAt(context.length - 1 - k)) break;
    k++;
  }
  return k;
}

/** How many units of `context` start at folded index `at`. */
function agreeingAfter(folded: string, context: string, at: number): number {
  let k = 0;
  while (k < context.length && at + k < folded.length) {
    if (folded.charCodeAt(at + k) !== context.charCodeAt(k)) break;
    k++;
  }
  return k;
}

/** The position within `reach` of `at` where the most stored context agrees, if enough does. */
function bestEdge(
  folded: string,
  context: string,
  at: number,
  reach: number,
  agreeing: (folded: string, context: string, at: number) => number,
): number | undefined {
  let best: number | undefined;
  let bestLength = Math.min(FIT_MIN, context.length) - 1;
  for (let d = 0; d <= reach; d++) {
    for (const p of d === 0 ? [at] : [at - d, at + d]) {
      if (p < 0 || p > folded.length) continue;
      const length = agreeing(folded, context, p);
      // Nearest first: a farther position must agree strictly more.
      if (length > bestLength) {
        best = p;
        bestLength = length;
      }
    }
  }
  return best;
}

/**
 * Fits a fuzzy match's edges to where its stored prefix ends and its suffix begins, within
 * `reach` units: an edit at a claim's edge then leaves the claim on its remaining words, and an
 * error budget cannot pull in the neighbouring words. An empty context fits the text's edge; a
 * quote whose first (last) character began (ended) a word keeps its edge at a word's edge.
 */
export function fitEdges(
  folded: string,
  range: FoldedRange,
  context: { prefix: string; suffix: string },
  quoteEdges: { first: string; last: string },
  reach: number,
): FoldedRange {
  const { prefix, suffix } = context;
  let { start, end } = range;
  if (prefix.length === 0) {
    if (start <= reach) start = 0;
  } else {
    start = bestEdge(folded, prefix, start, reach, agreeingBefore) ?? start;
  }
  if (suffix.length === 0) {
    if (folded.length - end <= reach) end = folded.length;
  } else {
    end = bestEdge(folded, suffix, end, reach, agreeingAfter) ?? end;
  }
  // A quote that began (ended) at a word's edge keeps doing so: no part of a neighbouring word.
  if (isWord(quoteEdges.first) && !isWord(prefix.charAt(prefix.length - 1))) {
    const limit = Math.min(end, start + reach);
    while (start < limit && (isWord(folded.charAt(start - 1)) || !isWord(folded.charAt(start)))) {
      start++;
    }
  }
  if (isWord(quoteEdges.last) && !isWord(suffix.charAt(0))) {
    const limit = Math.max(start, end - reach);
    while (end > limit && (isWord(folded.charAt(end)) || !isWord(folded.charAt(end - 1)))) end--;
  }
  // Spaces at the fitted edges belong to the context, not to the claim.
  while (start < end && folded.charCodeAt(start) === 0x20) start++;
  while (end > start && folded.charCodeAt(end - 1) === 0x20) end--;
  return start < end ? { start, end } : range;
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether a character is part of a word (a letter or digit); false for the empty string. */
const isWord = (char: string) => char !== '' && WORD.test(char);
