import type { AnchorText, WantedQuote } from './anchor-text';
import type { SearchHit } from './search-chunks';

/*
 * The fuzzy search near a quote's expected start covers a window of at least 1,000 units each
 * side; the quote is most often within a few dozen units. Searching a narrow window first gives
 * the same best hit whenever nothing outside it could have been chosen instead, which is
 * checked, never assumed: then the wide window is not searched.
 */

/** Units the narrow window adds each side beyond twice the quote's length. */
const NARROW_MARGIN = 200;
/** Pieces shorter than this (units) occur too often to rule matches out cheaply. */
const MIN_PIECE = 6;
/** The most occurrences of the quote's pieces looked at before giving up on the narrow window. */
const MAX_PIECE_OCCURRENCES = 64;

/** How the caller searches and weighs hits in a range of the folded text. */
export interface NarrowSearch<C> {
  /** `search`'s fewest-error hits in folded [from, to), offsets from `from`. */
  hitsIn(from: number, to: number): SearchHit[];
  /** The best-scoring hit, as the wide search would pick it. */
  pick(from: number, hits: SearchHit[]): C | undefined;
  /** The highest score a hit with `errors` errors starting `distance` from the expected start can have. */
  bound(errors: number, distance: number): number;
}

/**
 * Whether a match of the quote with fewer than `errors` errors may end outside [firstEnd, to]
 * and inside the window: one of `errors` pieces of the quote would stand in it verbatim
 * (pigeonhole). True when that cannot be ruled out cheaply.
 */
function fewerErrorsOutside(
  text: AnchorText,
  quote: string,
  errors: number,
  window: { from: number; to: number },
  firstEnd: number,
  to: number,
): boolean {
  const pieceLength = Math.floor(quote.length / errors);
  if (pieceLength < MIN_PIECE) return true;
  const slack = 2 * (errors - 1);
  let seen = 0;
  for (let p = 0; p < errors; p++) {
    const offset = p * pieceLength;
    const piece = quote.slice(offset, p === errors - 1 ? quote.length : offset + pieceLength);
    const found = text.occurrences(piece);
    seen += found.length;
    if (seen > MAX_PIECE_OCCURRENCES) return true;
    for (const at of found) {
      // Where such a match would end: its start within errors - 1 of the piece's, its length too.
      const low = Math.max(window.from, at - offset + quote.length - slack);
      const high = Math.min(window.to, at - offset + quote.length + slack);
      if (low <= high && (low < firstEnd || high > to)) return true;
    }
  }
  return false;
}

/**
 * The best hit of the wide window [window.from, window.to) found by searching a narrow window
 * around the expected start, or undefined when the narrow search cannot prove it is the same
 * (the caller then searches the wide window). The narrow window's hits must all end where their
 * errors are those of the wide search; no match with fewer errors may end outside them; and no
 * hit with as many errors outside can outscore the best.
 */
export function narrowFirst<C extends { score: number }>(
  text: AnchorText,
  wanted: WantedQuote,
  window: { from: number; to: number },
  how: NarrowSearch<C>,
): C | undefined {
  if (wanted.alsoExpected !== wanted.expected) return undefined;
  const length = wanted.quote.length;
  const margin = 2 * length + NARROW_MARGIN;
  const from = Math.max(window.from, wanted.expected - margin);
  const to = Math.min(window.to, wanted.expected + length + margin);
  if (from >= to || (from === window.from && to === window.to)) return undefined;
  const hits = how.hitsIn(from, to);
  if (hits.length === 0) return undefined;
  const errors = hits[0]!.errors;
  // A match ending sooner may start before `from`: the wide search may give it fewer errors.
  const firstEnd = from === window.from ? from : from + length + errors;
  if (hits.some((hit) => from + hit.end < firstEnd)) return undefined;
  const best = how.pick(from, hits);
  if (!best) return undefined;
  if (errors > 0 && fewerErrorsOutside(text, wanted.quote, errors, window, firstEnd, to)) {
    return undefined;
  }
  // Hits outside start before firstEnd, or after to - length - errors (a match spans at most
  // length + errors units).
  const before = from > window.from ? wanted.expected - firstEnd : Infinity;
  const after = to < window.to ? to - length - errors - wanted.expected : Infinity;
  const distance = Math.max(0, Math.min(before, after));
  // A hair above the bound: a tie would go to the hit seen first.
  return best.score > how.bound(errors, distance) + 1e-9 ? best : undefined;
}
