import { createOffsetIndex } from './code-points';
import { findAll, foldText, type FoldOptions, type FoldedText } from './match-text';

/** What the reader's find box may match exactly rather than loosely. */
export interface FindOptions {
  matchAccents: boolean;
}

/** A match of the find box, in code points over canonical text. */
export interface FindMatch {
  start: number;
  end: number;
}

// Apostrophes and hyphens belong to words ("n'a", "lui-même"); other punctuation is meant.
const MEANINGFUL_PUNCTUATION = /[^\p{L}\p{N}\s'’ʼ‘\-‐‑]/u;

/** The folding a query asks for: case always, accents unless asked, punctuation unless typed. */
export function foldOptionsFor(query: string, options: FindOptions): FoldOptions {
  return {
    ignoreCase: true,
    ignoreAccents: !options.matchAccents,
    ignorePunctuation: !MEANINGFUL_PUNCTUATION.test(query),
  };
}

/**
 * A finder over one text that ignores what does not matter to a reader: straight vs curly
 * quotes, guillemets, non-breaking spaces, runs of whitespace, case, accents unless asked, and
 * punctuation the query does not contain. Folded texts are cached per folding.
 */
export function createFinder(text: string): (query: string, options: FindOptions) => FindMatch[] {
  const index = createOffsetIndex(text);
  const folded = new Map<string, FoldedText>();
  return (query, options) => {
    if (query.trim() === '') return [];
    const fold = foldOptionsFor(query, options);
    const key = JSON.stringify(fold);
    let haystack = folded.get(key);
    if (!haystack) {
      haystack = foldText(text, fold);
      folded.set(key, haystack);
    }
    return findAll(haystack, query, fold).map((r) => ({
      start: index.toCodePoint(r.start),
      end: index.toCodePoint(r.end),
    }));
  };
}
