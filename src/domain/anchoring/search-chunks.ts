/**
 * Units of text one step of a long fuzzy search covers: a few milliseconds on a slow machine,
 * where the whole text of a long article in one step overran a frame (docs/DECISIONS.md,
 * "Scale").
 */
export const SEARCH_CHUNK = 16_384;

/** An approximate match of a pattern, as `approx-string-match` reports it. */
export interface SearchHit {
  start: number;
  end: number;
  errors: number;
}

/** `approx-string-match`'s search: the fewest-error matches of `pattern` in `text`. */
export type Search = (text: string, pattern: string, maxErrors: number) => SearchHit[];

/**
 * The hits `search(text.slice(from, to), pattern, maxErrors)` returns (the fewest-error matches,
 * by increasing end, offsets relative to `from`), found `chunk` units at a time with a yield
 * after each chunk but the last. Each chunk is searched with the `pattern.length +
 * maxErrors` units before it, the most a match ending in it can span, so that its own matches
 * (ending in it) get the same errors and starts as in one search; matches ending in that overlap
 * belong to the chunk before.
 */
export function* searchInChunks(
  search: Search,
  text: string,
  from: number,
  to: number,
  pattern: string,
  maxErrors: number,
  chunk = SEARCH_CHUNK,
): Generator<void, SearchHit[]> {
  const overlap = pattern.length + maxErrors;
  let hits: SearchHit[] = [];
  let fewest = Infinity;
  for (let own = from; own < to; own += chunk) {
    if (own > from) yield;
    const start = Math.max(from, own - overlap);
    const end = Math.min(to, own + chunk);
    const found = search(text.slice(start, end), pattern, maxErrors).filter(
      (hit) => start + hit.end > own || own === from,
    );
    // A chunk's own matches have the chunk's fewest errors whenever they have the window's.
    if (found.length === 0 || found[0]!.errors > fewest) continue;
    if (found[0]!.errors < fewest) {
      hits = [];
      fewest = found[0]!.errors;
    }
    const shift = start - from;
    for (const hit of found) {
      hits.push({ start: hit.start + shift, end: hit.end + shift, errors: hit.errors });
    }
  }
  return hits;
}
