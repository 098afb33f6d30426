import search from 'approx-string-match';
import { EDGE_CONTEXT, EDGE_REMAINDER, remainderNear } from './edge-remainder';
import { fitEdges } from './fit-edges';
import { narrowFirst } from './narrow-search';
import { regionsWithPiece } from './piece-regions';
import { sameClaimWords } from './quote-words';
import { SEARCH_CHUNK, searchInChunks, type SearchHit } from './search-chunks';
import {
  contextAgreement,
  distanceFromExpected,
  editDistance,
  inRanges,
  type AnchorText,
  type FoldedRange,
  type WantedQuote,
} from './anchor-text';

/** A fuzzy match of a quote in the folded text, with its combined score (0..1). */
export interface FuzzyMatch extends FoldedRange {
  score: number;
  /** How well each side of the stored context agrees beside it (0..1). */
  prefix: number;
  suffix: number;
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
/** What searching and scoring one place costs besides its length, in units of text searched. */
const REGION_COST = 1024;
/** Combined score below which a claim is orphaned rather than attached to doubtful words. */
const MIN_SCORE = 0.6;
/** Agreement (0..1) the better side of the context must reach: a match is never quote-only. */
export const CONTEXT_FLOOR = 0.5;
/** Distance from the expected start (units) within which a candidate is at the claim's place. */
export const NEAR_DISTANCE = 64;
/** Quotes shorter than this (units) also need half of their prefix or suffix to agree. */
const SHORT_FUZZY_QUOTE = 20;
/** Far from the old offset, quotes shorter than this also need half of their context to agree. */
const SELF_EVIDENT_QUOTE = 32;
// Quote similarity dominates; context breaks ties and rescues edited quotes; nearness to the
// expected start prefers the claim's own place over a look-alike a few paragraphs away.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 10 };
const WEIGHT_TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;
const SPACE = 0x20;
/** Stands in for exact occurrences so that the search looks past them; never in a quote. */
const BLANK = '\uffff';

interface Candidate extends FuzzyMatch {
  errors: number;
}

/** Scores one fuzzy hit by quote, prefix, suffix and position agreement. */
function scoreHit(
  text: AnchorText,
  wanted: WantedQuote,
  start: number,
  end: number,
  errors: number,
  reach: number,
): Candidate {
  const prefix = contextAgreement(text, wanted.prefix, start, 'before');
  const suffix = contextAgreement(text, wanted.suffix, end, 'after');
  const quote = 1 - errors / wanted.quote.length;
  const position = 1 - Math.min(1, distanceFromExpected(wanted, start) / reach);
  const score =
    (WEIGHT.quote * quote +
      WEIGHT.prefix * prefix +
      WEIGHT.suffix * suffix +
      WEIGHT.position * position) /
    WEIGHT_TOTAL;
  return { start, end, score, errors, prefix, suffix };
}

/** The candidate with its edges fitted to the stored context, rescored if they moved. */
function fitted(
  text: AnchorText,
  wanted: WantedQuote,
  candidate: Candidate,
  maxErrors: number,
  reach: number,
): Candidate {
  const { folded } = text.fold;
  const { quote } = wanted;
  // Inward, an edge may leave out words an edit put at the claim's edge, down to its remainder.
  const shortest = Math.ceil(quote.length * EDGE_REMAINDER);
  const inward = Math.max(maxErrors, candidate.end - candidate.start - shortest);
  const range = fitEdges(
    folded,
    candidate,
    wanted,
    { first: quote.charAt(0), last: quote.charAt(quote.length - 1) },
    { outward: maxErrors, inward },
  );
  if (range.start === candidate.start && range.end === candidate.end) return candidate;
  if (range.end - range.start < shortest || !inRanges(wanted, range.start, range.end)) {
    return candidate;
  }
  const errors = editDistance(wanted.quote, folded.slice(range.start, range.end));
  return scoreHit(text, wanted, range.start, range.end, errors, reach);
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
  reach: number,
  blanked: readonly number[] = [],
): Candidate | undefined {
  const hitsIn = (a: number, b: number) =>
    search(
      windowText(text.fold.folded, a, b, blanked, wanted.quote.length),
      wanted.quote,
      maxErrors,
    );
  const pick = (a: number, hits: readonly SearchHit[]) => bestHit(text, wanted, a, hits, reach);
  const best =
    narrowFirst(text, wanted, { from, to }, { hitsIn, pick, bound: scoreBound(wanted, reach) }) ??
    pick(from, hitsIn(from, to));
  return best && fitted(text, wanted, best, maxErrors, reach);
}

/** The highest score of a hit with `errors` errors `distance` from the expected start. */
function scoreBound(wanted: WantedQuote, reach: number) {
  return (errors: number, distance: number) =>
    (WEIGHT.quote * (1 - errors / wanted.quote.length) +
      WEIGHT.prefix +
      WEIGHT.suffix +
      WEIGHT.position * (1 - Math.min(1, distance / reach))) /
    WEIGHT_TOTAL;
}

/** The best-scoring of a search's hits (offsets from folded `from`), edges not fitted yet. */
function bestHit(
  text: AnchorText,
  wanted: WantedQuote,
  from: number,
  hits: readonly SearchHit[],
  reach: number,
): Candidate | undefined {
  const { folded } = text.fold;
  let best: Candidate | undefined;
  for (const hit of hits) {
    let start = from + hit.start;
    let end = from + hit.end;
    // Edge spaces cost the match nothing but would widen the highlight.
    while (start < end && folded.charCodeAt(start) === SPACE) start++;
    while (end > start && folded.charCodeAt(end - 1) === SPACE) end--;
    if (start === end || !inRanges(wanted, start, end)) continue;
    const candidate = scoreHit(text, wanted, start, end, hit.errors, reach);
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

/** The best-scoring of a search's hits (offsets from folded `from`), its edges fitted. */
function bestOf(
  text: AnchorText,
  wanted: WantedQuote,
  from: number,
  hits: readonly SearchHit[],
  maxErrors: number,
  reach: number,
): Candidate | undefined {
  const best = bestHit(text, wanted, from, hits, reach);
  return best && fitted(text, wanted, best, maxErrors, reach);
}

/**
 * The best hit anywhere in the text, with the stricter error budget that pigeonholing needs;
 * yields after each SEARCH_CHUNK units searched, so that a caller working in time slices can
 * pause it (the whole text takes several).
 */
function* bestAnywhere(
  text: AnchorText,
  wanted: WantedQuote,
): Generator<void, Candidate | undefined> {
  const quoteLength = wanted.quote.length;
  const maxErrors = Math.min(
    Math.floor(quoteLength * FAR_ERROR_RATE),
    Math.floor(quoteLength / PIECE) - 1,
  );
  if (maxErrors < 1) return undefined;
  const { folded } = text.fold;
  const regions = regionsWithPiece(text, wanted.quote, maxErrors) ?? [[0, folded.length]];
  let best: Candidate | undefined;
  const reach = Math.max(1, folded.length);
  let searched = 0;
  for (const [from, to] of regions) {
    const span = to - from;
    if (searched > 0 && searched + span + REGION_COST > SEARCH_CHUNK) {
      searched = 0;
      yield;
    }
    const hits = yield* searchInChunks(search, folded, from, to, wanted.quote, maxErrors);
    // Work since the last yield: this region's last chunk, its search's setup and scoring.
    searched += span - SEARCH_CHUNK * Math.floor((span - 1) / SEARCH_CHUNK) + REGION_COST;
    const candidate = bestOf(text, wanted, from, hits, maxErrors, reach);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best;
}

/**
 * Whether a candidate is trustworthy enough to attach the claim to: its quote within the error
 * budget and its better context side above the floor (never quote-only). Away from the expected
 * start (or found by the whole-text search), where look-alikes abound, the stricter far budget
 * applies and both sides must agree; short quotes need half of their context agreeing.
 */
function acceptable(
  text: AnchorText,
  candidate: Candidate | undefined,
  wanted: WantedQuote,
  far: boolean,
): candidate is Candidate {
  if (!candidate || candidate.score < MIN_SCORE) return false;
  const quoteLength = wanted.quote.length;
  const distance = distanceFromExpected(wanted, candidate.start);
  const away = far || distance > Math.max(2 * quoteLength, NEAR_DISTANCE);
  const words = text.fold.folded.slice(candidate.start, candidate.end);
  // Where the claim's words may be gone, look-alikes pass for corrections: no word replaced.
  if (!sameClaimWords(wanted.quote, words, away || wanted.mayBeGone)) return false;
  const maxErrors = Math.floor(quoteLength * (away ? FAR_ERROR_RATE : ERROR_RATE));
  if (candidate.errors > Math.max(1, maxErrors)) return false;
  const better = Math.max(candidate.prefix, candidate.suffix);
  const worse = Math.min(candidate.prefix, candidate.suffix);
  // Edited words keep one side of their context nearly intact; look-alikes' context is only alike.
  if (better < EDGE_CONTEXT || (away && worse < CONTEXT_FLOOR)) return false;
  const needsContext = quoteLength < (away ? SELF_EVIDENT_QUOTE : SHORT_FUZZY_QUOTE);
  return better >= (needsContext ? 0.5 : CONTEXT_FLOOR);
}

/**
 * Finds a quote that was edited slightly in a window around its old position (cheap and most
 * likely), then in the whole text; undefined when no hit is close enough to trust. Exact
 * occurrences the caller distrusts are looked past, and then only the window is searched.
 * Yields between the parts of a whole-text search (see `bestAnywhere`).
 */
export function* locateFuzzy(
  text: AnchorText,
  wanted: WantedQuote,
  distrusted: readonly number[],
): Generator<void, FuzzyMatch | undefined> {
  const length = text.fold.folded.length;
  const quoteLength = wanted.quote.length;
  const maxErrors = Math.max(1, Math.floor(quoteLength * ERROR_RATE));
  const reach = Math.max(2 * quoteLength, MIN_REACH);
  const from = Math.max(0, wanted.expected - reach);
  const to = Math.min(length, wanted.expected + quoteLength + reach);
  let found = bestIn(text, wanted, from, to, maxErrors, reach, distrusted);
  if (!acceptable(text, found, wanted, false)) {
    const remainder = remainderNear(text, wanted, reach);
    if (remainder) return remainder;
    const anywhere = distrusted.length === 0 && (from > 0 || to < length);
    found = anywhere ? yield* bestAnywhere(text, wanted) : undefined;
    if (!acceptable(text, found, wanted, true)) return undefined;
  }
  return found && { ...found };
}
