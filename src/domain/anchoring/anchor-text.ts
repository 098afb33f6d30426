import { OccurrenceIndex } from './occurrence-index';
import { createOffsetIndex, type OffsetIndex } from '../text/code-points';
import { foldString, foldText, type FoldedText } from '../text/match-text';
import type { Anchor } from '../types';

/** An anchor's quote and context, folded. */
export interface FoldedAnchor {
  quote: string;
  prefix: string;
  suffix: string;
}

/**
 * An anchor's quote and context, folded, where in the folded text it should start, and the
 * folded ranges its start may lie in to keep the order of its located neighbours (anywhere
 * when empty).
 */
export interface WantedQuote {
  quote: string;
  prefix: string;
  suffix: string;
  expected: number;
  /** Where it should start by its other neighbour's shift (the same as `expected` if none). */
  alsoExpected: number;
  ranges: FoldedRange[];
  /** The folded index a match must end by (the next located claim's start). */
  endBefore: number;
}

/** How far a folded start is from where the anchor's neighbours say it should start. */
export function distanceFromExpected(wanted: WantedQuote, at: number): number {
  return Math.min(Math.abs(at - wanted.expected), Math.abs(at - wanted.alsoExpected));
}

/** Whether a folded range lies where the anchor's neighbours allow. */
export function inRanges(wanted: WantedQuote, at: number, end: number): boolean {
  if (end > wanted.endBefore) return false;
  if (wanted.ranges.length === 0) return true;
  return wanted.ranges.some((range) => at >= range.start && at <= range.end);
}

/** A range of the folded text. */
export interface FoldedRange {
  start: number;
  end: number;
}

/** An article text prepared for anchoring: built once, shared by every anchor located in it. */
export class AnchorText {
  readonly index: OffsetIndex;
  private folding: FoldedText | undefined;
  private rawToFolded: Int32Array | undefined;
  private occurrenceIndex: OccurrenceIndex | undefined;
  private readonly foldedAnchors = new WeakMap<Anchor, FoldedAnchor>();

  constructor(readonly raw: string) {
    this.index = createOffsetIndex(raw);
  }

  /** The folded text, built on first use: anchors still at their offsets never need it. */
  get fold(): FoldedText {
    this.folding ??= foldText(this.raw);
    return this.folding;
  }

  /**
   * Builds the next lazily built part (folded text, raw-to-folded map, occurrence index), one
   * per call, so that a caller working in time slices never builds them all in one slice;
   * false once everything is built.
   */
  prepareNext(): boolean {
    if (!this.folding) void this.fold;
    else if (!this.rawToFolded) this.foldedAt(0);
    else if (!this.occurrenceIndex) void this.occurrenceIndexOf();
    else return false;
    return true;
  }

  /** An anchor's quote and context folded, folded once however often the anchor is located. */
  foldedAnchor(anchor: Anchor): FoldedAnchor {
    let folded = this.foldedAnchors.get(anchor);
    if (!folded) {
      folded = {
        quote: foldString(anchor.exact),
        prefix: foldString(anchor.prefix),
        suffix: foldString(anchor.suffix),
      };
      this.foldedAnchors.set(anchor, folded);
    }
    return folded;
  }

  /** Every start of a folded quote in the folded text, in increasing order. */
  occurrences(quote: string): number[] {
    return this.occurrenceIndexOf().occurrences(quote);
  }

  private occurrenceIndexOf(): OccurrenceIndex {
    this.occurrenceIndex ??= new OccurrenceIndex(this.fold.folded);
    return this.occurrenceIndex;
  }

  /** The folded index of the first folded character whose source starts at or after a raw UTF-16 index. */
  foldedAt(rawIndex: number): number {
    this.rawToFolded ??= invert(this.fold.toRaw, this.raw.length);
    return this.rawToFolded[Math.min(Math.max(rawIndex, 0), this.raw.length)]!;
  }

  /** The code point range a non-empty folded range comes from. */
  toCodePoints(range: FoldedRange): { start: number; end: number } {
    const { toRaw, toRawEnd } = this.fold;
    return {
      start: this.index.toCodePoint(toRaw[range.start]!),
      end: this.index.toCodePoint(toRawEnd[range.end - 1]!),
    };
  }
}

/** Inverts folded -> raw starts into raw -> first folded index at or after it. */
function invert(toRaw: Int32Array, rawLength: number): Int32Array {
  const map = new Int32Array(rawLength + 1).fill(-1);
  const foldedLength = toRaw.length - 1;
  map[rawLength] = foldedLength;
  // Walking down leaves the first folded unit of each raw cluster in place.
  for (let i = foldedLength - 1; i >= 0; i--) map[toRaw[i]!] = i;
  for (let r = rawLength - 1; r >= 0; r--) if (map[r]! < 0) map[r] = map[r + 1]!;
  return map;
}

let row = new Int32Array(64);

/** The Levenshtein distance between two strings (UTF-16 units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0 || b.length === 0) return a.length + b.length;
  if (row.length <= b.length) row = new Int32Array(b.length * 2);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    const unit = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const cost = unit === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * How well a stored folded context agrees with the folded text beside a position, from 0 to 1;
 * an empty stored context (the quote was at an edge) scores 1 at that edge and 0.5 elsewhere.
 */
export function contextAgreement(
  text: AnchorText,
  context: string,
  at: number,
  side: 'before' | 'after',
): number {
  const { folded } = text.fold;
  const n = context.length;
  if (n === 0) return at === (side === 'before' ? 0 : folded.length) ? 1 : 0.5;
  const actual =
    side === 'before' ? folded.slice(Math.max(0, at - n), at) : folded.slice(at, at + n);
  return Math.max(0, 1 - editDistance(context, actual) / n);
}

/** Whether a stored folded context equals the folded text beside a position, where the text has room for it. */
export function contextFits(
  text: AnchorText,
  context: string,
  at: number,
  side: 'before' | 'after',
): boolean {
  const { folded } = text.fold;
  if (side === 'before') {
    const k = Math.min(context.length, at);
    return folded.slice(at - k, at) === context.slice(context.length - k);
  }
  const k = Math.min(context.length, folded.length - at);
  return folded.slice(at, at + k) === context.slice(0, k);
}
