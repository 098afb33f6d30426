import type { Claim } from '../types';
import { searchableText } from './claim-filter';

/**
 * The folded search texts of many claims, in a fixed order, joined into one string, so that a
 * query word is looked for with one string search over all of them instead of one search per
 * claim; after a hit the search goes on from the next claim's text, so no claim is read twice.
 * A filter over 100,000 claims costs a few milliseconds this way (docs/DECISIONS.md, "Library
 * scale").
 */
export interface ClaimSearchIndex {
  /** Each claim's folded search text. */
  readonly texts: readonly string[];
  /** The texts joined by SEPARATOR (and any SEPARATOR in them turned into a space). */
  readonly text: string;
  /** Where each claim's text starts, and one more: the end of the joined string plus one. */
  readonly starts: Int32Array;
}

/** Between two claims' texts, so that no query word is found across two claims. */
const SEPARATOR = '\u0000';

/** The index of these claims' search texts, in their order. */
export function buildClaimSearchIndex(claims: readonly Claim[]): ClaimSearchIndex {
  const texts = claims.map((claim) => searchableText(claim));
  const starts = new Int32Array(texts.length + 1);
  let at = 0;
  texts.forEach((text, i) => {
    starts[i] = at;
    at += text.length + 1;
  });
  starts[texts.length] = at;
  const safe = (one: string) => (one.includes(SEPARATOR) ? one.replaceAll(SEPARATOR, ' ') : one);
  const text = texts.map(safe).join(SEPARATOR);
  return { texts, text, starts };
}

/** The claim whose text holds position `at` of the joined string. */
function claimAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Which claims hold every one of the (folded) words: 1 for those of the index that do, else 0. */
export function claimsWithWords(index: ClaimSearchIndex, words: readonly string[]): Uint8Array {
  const count = index.starts.length - 1;
  const needed = words.filter((word) => word.length > 0);
  if (needed.length === 0) return new Uint8Array(count).fill(1);
  // A word holding the separator (pasted control characters) is looked for claim by claim.
  if (needed.some((word) => word.includes(SEPARATOR))) {
    return Uint8Array.from(index.texts, (one) => (needed.every((w) => one.includes(w)) ? 1 : 0));
  }
  const { text, starts } = index;
  // How many of the words so far each claim holds: a claim counts for a word only if it held
  // every word before it.
  const held = new Uint32Array(count);
  needed.forEach((word, k) => {
    let at = text.indexOf(word);
    while (at >= 0) {
      const claim = claimAt(starts, at);
      if (held[claim] === k) held[claim] = k + 1;
      at = text.indexOf(word, starts[claim + 1]);
    }
  });
  const matches = new Uint8Array(count);
  for (let i = 0; i < count; i++) if (held[i] === needed.length) matches[i] = 1;
  return matches;
}
