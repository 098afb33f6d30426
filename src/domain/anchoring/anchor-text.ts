import { OccurrenceIndex, OccurrenceIndexBuilder } from './occurrence-index';
import { createOffsetIndex, type OffsetIndex } from '../text/code-points';
import { foldString, GradualFold, type FoldedText } from '../text/match-text';
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
  /**
   * The claim's words may be gone where it is expected: that comes from a located neighbour on
   * one side only (see `AnchorHint.bothSides`), or text between its neighbours was deleted.
   */
  mayBeGone: boolean;
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

/**
 * Raw or folded units each step of `AnchorText.prepareNext` handles: a few milliseconds of work
 * on a slow machine, so that no step holds a time slice for long.
 */
const PREPARE_STEP = 4096;

/** An article text prepared for anchoring: built once, shared by every anchor located in it. */
export class AnchorText {
  readonly index: OffsetIndex;
  private folding: FoldedText | undefined;
  private gradualFold: GradualFold | undefined;
  private rawToFolded: Int32Array | undefined;
  private inverting: GradualInverse | undefined;
  private occurrenceIndex: OccurrenceIndex | undefined;
  private indexing: OccurrenceIndexBuilder | undefined;
  private readonly foldedAnchors = new WeakMap<Anchor, FoldedAnchor>();
  /** Whether each anchor looked up is at its offsets in this text (`isAtOffsets`, anchor.ts). */
  readonly atOffsets = new WeakMap<Anchor, boolean>();

  constructor(readonly raw: string) {
    this.index = createOffsetIndex(raw);
  }

  /** The folded text, built on first use (or finished, if `prepareNext` began it). */
  get fold(): FoldedText {
    this.folding ??= (this.gradualFold ?? new GradualFold(this.raw)).step(Infinity)!;
    return this.folding;
  }

  /**
   * Does the next step of building the search structures (folded text, raw-to-folded map,
   * occurrence index), about PREPARE_STEP units each, so that a caller working in time slices
   * spreads their cost; false once everything is built. The result is the same as building
   * them on first use.
   */
  prepareNext(): boolean {
    if (!this.folding) {
      this.gradualFold ??= new GradualFold(this.raw);
      this.folding = this.gradualFold.step(PREPARE_STEP);
    } else if (!this.rawToFolded) {
      this.inverting ??= new GradualInverse(this.folding.toRaw, this.raw.length);
      this.rawToFolded = this.inverting.step(PREPARE_STEP);
    } else if (!this.occurrenceIndex) {
      this.indexing ??= new OccurrenceIndexBuilder(this.folding.folded);
      const parts = this.indexing.step(PREPARE_STEP);
      if (parts) this.occurrenceIndex = new OccurrenceIndex(this.folding.folded, parts);
    } else return false;
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
    if (!this.occurrenceIndex) {
      const { folded } = this.fold;
      const builder = this.indexing ?? new OccurrenceIndexBuilder(folded);
      let parts;
      while (!parts) parts = builder.step(Infinity);
      this.occurrenceIndex = new OccurrenceIndex(folded, parts);
    }
    return this.occurrenceIndex;
  }

  /** The folded index of the first folded character whose source starts at or after a raw UTF-16 index. */
  foldedAt(rawIndex: number): number {
    if (!this.rawToFolded) {
      const inverse = this.inverting ?? new GradualInverse(this.fold.toRaw, this.raw.length);
      while (!this.rawToFolded) this.rawToFolded = inverse.step(Infinity);
    }
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

/**
 * Inverts folded -> raw starts into raw -> first folded index at or after it, about `units` of
 * work per step.
 */
class GradualInverse {
  private readonly map: Int32Array;
  /** The next folded index to map back (walking down), then the next raw index to fill. */
  private down: number;
  private fill: number;

  constructor(
    private readonly toRaw: Int32Array,
    rawLength: number,
  ) {
    this.map = new Int32Array(rawLength + 1).fill(-1);
    const foldedLength = toRaw.length - 1;
    this.map[rawLength] = foldedLength;
    this.down = foldedLength - 1;
    this.fill = rawLength - 1;
  }

  /** Does about `units` more of the work; the map once it is complete. */
  step(units: number): Int32Array | undefined {
    const { map, toRaw } = this;
    // Walking down leaves the first folded unit of each raw cluster in place.
    const downTo = Math.max(-1, this.down - units);
    for (let i = this.down; i > downTo; i--) map[toRaw[i]!] = i;
    const left = units - (this.down - downTo);
    this.down = downTo;
    if (this.down >= 0) return undefined;
    const fillTo = Math.max(-1, this.fill - left);
    for (let r = this.fill; r > fillTo; r--) if (map[r]! < 0) map[r] = map[r + 1]!;
    this.fill = fillTo;
    return fillTo < 0 ? map : undefined;
  }
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
