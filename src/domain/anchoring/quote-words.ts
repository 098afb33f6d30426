import { editDistance } from './anchor-text';

/**
 * Word-level checks on a fuzzy match: a claim's words are what is checked, so a match that
 * rewrites several of them, or any of its numbers, is other words, however few letters differ.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /\p{N}+/gu;

/** Share of a quote's words that a fix may change (at least one word). */
const WORD_CHANGE_RATE = 0.2;

/** The words of a folded string, lower-cased, punctuation and spacing left out. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Whether two words are one word with a typo made or fixed (a letter in three at most). */
function sameWord(a: string, b: string): boolean {
  return a === b || editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 3));
}

/** How many words of one list are replaced, added or removed in the other; typos aside. */
function wordDistance(a: readonly string[], b: readonly string[]): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = sameWord(a[i - 1]!, b[j - 1]!) ? 0 : 1;
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * Whether `candidate` (folded) can be `quote` (folded) after a fix: the same numbers in the same
 * order, and at most max(1, 20 %) of its words replaced, added or removed (a typo in a word
 * leaves it the same word).
 */
export function sameClaimWords(quote: string, candidate: string, far: boolean): boolean {
  const digits = (text: string) => (text.match(DIGITS) ?? []).join(' ');
  if (digits(quote) !== digits(candidate)) return false;
  const words = wordsOf(quote);
  // Away from the claim's place, where look-alikes abound, only typos: no word replaced.
  const allowed = far ? 0 : Math.max(1, Math.floor(words.length * WORD_CHANGE_RATE));
  const others = wordsOf(candidate);
  // Word for word (typos only, the common case), the count of changed words bounds the distance.
  if (others.length === words.length) {
    let changed = 0;
    for (let k = 0; k < words.length && changed <= allowed; k++) {
      if (!sameWord(words[k]!, others[k]!)) changed++;
    }
    if (changed <= allowed) return true;
  }
  return wordDistance(words, others) <= allowed;
}
