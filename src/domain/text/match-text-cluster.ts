/**
 * Folding of one character cluster (a code point and the combining marks after it), cached,
 * so that `foldText` stays linear and cheap on long articles.
 */

/** Fold this cluster's case away. */
export const FOLD_CASE = 1;
/** Strip this cluster's combining marks. */
export const FOLD_ACCENTS = 2;
/** Drop this cluster if it is punctuation. */
export const FOLD_PUNCTUATION = 4;

/** What a cluster folds to: the text to emit (empty to drop it), or `null` for whitespace. */
type FoldedCluster = string | null;

const APOSTROPHES = new Set([0x2019, 0x2018, 0x201b, 0x02bc, 0x2032, 0x60]);
const QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb, 0x2039, 0x203a, 0x2033]);
const HYPHENS = new Set([0x2010, 0x2011]);
// Invisible characters that editors and web pages sprinkle in without changing the words.
const INVISIBLE = new Set([0xad, 0x200b, 0x2060, 0xfeff]);
const WHITESPACE = /^\s$/;
const PUNCTUATION = /^\p{P}+$/u;
const MARK = /^\p{M}$/u;
const NONSPACING_MARKS = /\p{Mn}/gu;

/** Folds one cluster (uncached). */
function foldClusterNow(cluster: string, flags: number): FoldedCluster {
  const base = cluster.codePointAt(0) ?? 0;
  if (INVISIBLE.has(base)) return '';
  if (WHITESPACE.test(String.fromCodePoint(base))) return null;
  let out: string;
  if (APOSTROPHES.has(base)) out = "'";
  else if (QUOTES.has(base)) out = '"';
  else if (HYPHENS.has(base)) out = '-';
  else {
    // Decomposing first makes "é" and "e\u0301" fold alike and lets marks be stripped.
    out = cluster.normalize('NFD');
    if (flags & FOLD_CASE) out = out.toLowerCase();
    if (flags & FOLD_ACCENTS) out = out.replace(NONSPACING_MARKS, '');
    out = out.normalize('NFC');
  }
  if (flags & FOLD_PUNCTUATION && PUNCTUATION.test(out)) return '';
  return out;
}

// One table per option set: most text is BMP characters standing alone, folded once each.
const singleCache = new Map<number, FoldedCluster[]>();
const clusterCache = new Map<string, FoldedCluster>();
const CLUSTER_CACHE_LIMIT = 4096;

/** Folds a cluster of one UTF-16 unit. */
function foldUnit(unit: number, flags: number): FoldedCluster {
  let table = singleCache.get(flags);
  if (!table) {
    table = new Array<FoldedCluster>(0x10000);
    singleCache.set(flags, table);
  }
  let folded = table[unit];
  if (folded === undefined) {
    folded = foldClusterNow(String.fromCharCode(unit), flags);
    table[unit] = folded;
  }
  return folded;
}

/** Folds a cluster of several UTF-16 units (astral character, or marks attached). */
function foldCluster(cluster: string, flags: number): FoldedCluster {
  const key = `${flags}${cluster}`;
  let folded = clusterCache.get(key);
  if (folded === undefined) {
    if (clusterCache.size >= CLUSTER_CACHE_LIMIT) clusterCache.clear();
    folded = foldClusterNow(cluster, flags);
    clusterCache.set(key, folded);
  }
  return folded;
}

const markCache = new Uint8Array(0x10000); // 0 unknown, 1 no, 2 yes

/** How many UTF-16 units the combining mark at an index spans (0 if it is not a mark). */
function markLengthAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  // Every combining mark is at U+0300 or above; this keeps Latin text on the fast path.
  if (!(unit >= 0x300)) return 0;
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const point = text.codePointAt(at) ?? 0;
    return point > 0xffff && MARK.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let known = markCache[unit];
  if (!known) {
    known = MARK.test(String.fromCharCode(unit)) ? 2 : 1;
    markCache[unit] = known;
  }
  return known === 2 ? 1 : 0;
}

const OPENING_GUILLEMETS = new Set([0xab, 0x2039]);
const CLOSING_GUILLEMETS = new Set([0xbb, 0x203a]);

/**
 * Walks `raw` cluster by cluster and hands each folded piece to `emit` with its raw UTF-16
 * source range; a whitespace run emits one ' ' (sourced from its first character). The spaces
 * French typography puts inside guillemets (« ainsi ») are dropped, so that « ainsi » and
 * "ainsi" fold alike. The walk goes as far as asked at a time (`walkTo`), so that folding a long
 * text can be spread over several time slices with the same result.
 */
export class FoldWalker {
  /** The raw UTF-16 index the walk has reached (a cluster's start). */
  at = 0;
  private afterSpace = false;
  private afterOpening = false;
  // A space is emitted only when the next cluster shows it is not before a closing guillemet.
  private pendingSpace = -1;
  private pendingEnd = -1;
  private ended = false;

  constructor(
    private readonly raw: string,
    private readonly flags: number,
    private readonly emit: (folded: string, start: number, end: number) => void,
  ) {}

  /** Walks whole clusters until the raw index reaches `limit`; true once the text is walked. */
  walkTo(limit: number): boolean {
    const { raw, flags, emit } = this;
    const stop = Math.min(limit, raw.length);
    let i = this.at;
    while (i < stop) {
      const start = i;
      const unit = raw.charCodeAt(i);
      const next = raw.charCodeAt(i + 1);
      i += unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      // Marks travel with their base so NFC and NFD sources fold to the same units.
      for (let mark = markLengthAt(raw, i); mark > 0; mark = markLengthAt(raw, i)) i += mark;
      const folded =
        i - start === 1 ? foldUnit(unit, flags) : foldCluster(raw.slice(start, i), flags);
      if (folded === null) {
        if (!this.afterSpace && !this.afterOpening) {
          this.pendingSpace = start;
          this.pendingEnd = i;
        }
        this.afterSpace = true;
      } else if (folded.length > 0) {
        if (this.pendingSpace >= 0 && !CLOSING_GUILLEMETS.has(unit)) {
          emit(' ', this.pendingSpace, this.pendingEnd);
        }
        this.pendingSpace = -1;
        emit(folded, start, i);
        this.afterSpace = false;
        this.afterOpening = OPENING_GUILLEMETS.has(unit);
      }
      // Dropped clusters keep `afterSpace`, so "a , b" without punctuation collapses to "a b".
    }
    this.at = i;
    if (i < raw.length) return false;
    if (!this.ended && this.pendingSpace >= 0) emit(' ', this.pendingSpace, this.pendingEnd);
    this.ended = true;
    return true;
  }
}

/** Walks all of `raw` at once (see `FoldWalker`). */
export function walkFolded(
  raw: string,
  flags: number,
  emit: (folded: string, start: number, end: number) => void,
): void {
  new FoldWalker(raw, flags, emit).walkTo(raw.length);
}
