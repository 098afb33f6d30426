import search from 'approx-string-match';
import {
  contextAgreement,
  type AnchorText,
  type FoldedRange,
  type WantedQuote,
} from './anchor-text';

/** A fuzzy match of a quote in the folded text, with its combined score (0..1). */
export interface FuzzyMatch extends FoldedRange {
  score: number;
}

/** Share of the quote's units that may differ near its old offset: beyond it the words are others. */
const ERROR_RATE = 0.2;
/** Smallest window searched around the old offset before searching the whole text. */
const MIN_REACH = 1000;
/** Share of the quote's units that may differ far from its old offset, where look-alikes abound. */
const FAR_ERROR_RATE = 0.1;
/**
 * Far from the old offset the quote splits into one more error-free piece than it may have
 * errors, each at least this long; one piece must then appear verbatim (pigeonhole), so only
 * the places where a piece occurs are searched instead of the whole text.
 */
const PIECE = 6;
/** Beyond this many places to check, one pass over the whole text is cheaper. */
const MAX_REGIONS = 500;
/** Combined score below which a claim is orphaned rather than attached to doubtful words. */
const MIN_SCORE = 0.6;
/** Quotes shorter than this (units) also need half of their prefix or suffix to agree. */
const SHORT_FUZZY_QUOTE = 20;
/** Far from the old offset, quotes shorter than this also need half of their context to agree. */
const SELF_EVIDENT_QUOTE = 32;
// Quote similarity dominates; context breaks ties and rescues edited quotes; position barely counts.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const WEIGHT_TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;
const SPACE = 0x20;
/** Stands in for exact occurrences so that the search looks past them; never in a quote. */
const BLANK = '\uffff';

interface Candidate extends FuzzyMatch {
  errors: number;
  context: number;
}

/** Scores one fuzzy hit by quote, prefix, suffix and position agreement. */
function scoreHit(
  text: AnchorText,
  wanted: WantedQuote,
  start: number,
  end: number,
  errors: number,
): Candidate {
  const prefix = contextAgreement(text, wanted.prefix, start, 'before');
  const suffix = contextAgreement(text, wanted.suffix, end, 'after');
  const quote = 1 - errors / wanted.quote.length;
  const length = Math.max(1, text.fold.folded.length);
  const position = 1 - Math.abs(start - wanted.expected) / length;
  const score =
    (WEIGHT.quote * quote +
      WEIGHT.prefix * prefix +
      WEIGHT.suffix * suffix +
      WEIGHT.position * position) /
    WEIGHT_TOTAL;
  return { start, end, score, errors, context: Math.max(prefix, suffix) };
}

/** The folded text in [from, to) with the given occurrences of the quote blanked out. */
function windowText(
  folded: string,
  from: number,
  to: number,
  blanked: readonly number[],
  quoteLength: number,
): string {
  let window = '';
  let at = from;
  for (const hit of blanked) {
    const start = Math.max(hit, at);
    const end = Math.min(hit + quoteLength, to);
    if (end <= start) continue;
    window += folded.slice(at, start) + BLANK.repeat(end - start);
    at = end;
  }
  return window + folded.slice(at, to);
}

/** The best-scoring hit among the fewest-error matches inside folded [from, to). */
function bestIn(
  text: AnchorText,
  wanted: WantedQuote,
  from: number,
  to: number,
  maxErrors: number,
  blanked: readonly number[] = [],
): Candidate | undefined {
  const { folded } = text.fold;
  const window = windowText(folded, from, to, blanked, wanted.quote.length);
  let best: Candidate | undefined;
  for (const hit of search(window, wanted.quote, maxErrors)) {
    let start = from + hit.start;
    let end = from + hit.end;
    // Edge spaces cost the match nothing but would widen the highlight.
    while (start < end && folded.charCodeAt(start) === SPACE) start++;
    while (end > start && folded.charCodeAt(end - 1) === SPACE) end--;
    if (start === end) continue;
    const candidate = scoreHit(text, wanted, start, end, hit.errors);
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

/** The folded ranges that can hold a match with at most `maxErrors` errors, merged, or undefined if too many. */
function regionsWithPiece(
  text: AnchorText,
  quote: string,
  maxErrors: number,
): [number, number][] | undefined {
  const pieces = maxErrors + 1;
  const pieceLength = Math.floor(quote.length / pieces);
  const starts: number[] = [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * pieceLength;
    const piece = quote.slice(offset, p === pieces - 1 ? quote.length : offset + pieceLength);
    for (const at of text.occurrences(piece)) starts.push(at - offset);
    if (starts.length > MAX_REGIONS) return undefined;
  }
  starts.sort((a, b) => a - b);
  const regions: [number, number][] = [];
  const length = text.fold.folded.length;
  for (const start of starts) {
    // Insertions and deletions before the piece shift the match start by up to maxErrors.
    const from = Math.max(0, start - maxErrors);
    const to = Math.min(length, start + quote.length + 2 * maxErrors);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}

/** The best hit anywhere in the text, with the stricter error budget that pigeonholing needs. */
function bestAnywhere(text: AnchorText, wanted: WantedQuote): Candidate | undefined {
  const quoteLength = wanted.quote.length;
  const maxErrors = Math.min(
    Math.floor(quoteLength * FAR_ERROR_RATE),
    Math.floor(quoteLength / PIECE) - 1,
  );
  if (maxErrors < 1) return undefined;
  const regions = regionsWithPiece(text, wanted.quote, maxErrors) ?? [[0, text.fold.folded.length]];
  let best: Candidate | undefined;
  for (const [from, to] of regions) {
    const candidate = bestIn(text, wanted, from, to, maxErrors);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best;
}

/** Whether a candidate is trustworthy enough to attach the claim to. */
function acceptable(candidate: Candidate | undefined, quoteLength: number, far: boolean): boolean {
  if (!candidate || candidate.score < MIN_SCORE) return false;
  const needsContext = quoteLength < (far ? SELF_EVIDENT_QUOTE : SHORT_FUZZY_QUOTE);
  return !needsContext || candidate.context >= 0.5;
}

/**
 * Finds a quote that was edited slightly in a window around its old position (cheap and most
 * likely), then in the whole text; undefined when no hit is close enough to trust. Exact
 * occurrences the caller distrusts are looked past, and then only the window is searched.
 */
export function locateFuzzy(
  text: AnchorText,
  wanted: WantedQuote,
  distrusted: readonly number[],
): FuzzyMatch | undefined {
  const length = text.fold.folded.length;
  const quoteLength = wanted.quote.length;
  const maxErrors = Math.max(1, Math.floor(quoteLength * ERROR_RATE));
  const reach = Math.max(2 * quoteLength, MIN_REACH);
  const from = Math.max(0, wanted.expected - reach);
  const to = Math.min(length, wanted.expected + quoteLength + reach);
  let found = bestIn(text, wanted, from, to, maxErrors, distrusted);
  if (!acceptable(found, quoteLength, false)) {
    const anywhere = distrusted.length === 0 && (from > 0 || to < length);
    found = anywhere ? bestAnywhere(text, wanted) : undefined;
    if (!acceptable(found, quoteLength, true)) return undefined;
  }
  return found && { start: found.start, end: found.end, score: found.score };
}
