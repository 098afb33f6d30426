import {
  FOLD_ACCENTS,
  FOLD_CASE,
  FOLD_PUNCTUATION,
  FoldWalker,
  walkFolded,
} from './match-text-cluster';

/** Which differences besides typography (quotes, spaces, Unicode normal form) matching ignores. */
export interface FoldOptions {
  ignoreCase?: boolean;
  ignoreAccents?: boolean;
  ignorePunctuation?: boolean;
}

/** Text folded for matching, with maps from folded positions back to the raw text. */
export interface FoldedText {
  folded: string;
  /** folded UTF-16 index -> raw UTF-16 index where the char's source starts; length folded.length + 1 */
  toRaw: Int32Array;
  /** folded UTF-16 index -> raw UTF-16 index just after the char's source; length folded.length */
  toRawEnd: Int32Array;
}

/** Accumulates folded UTF-16 units and their raw sources in growable typed arrays. */
class FoldBuilder {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity + 1);
    this.ends = new Int32Array(capacity);
  }

  push(unit: number, rawStart: number, rawEnd: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = rawStart;
    this.ends[this.length] = rawEnd;
    this.length++;
  }

  /** Folded units already turned into the string, and that string so far (see `finish`). */
  private assembled = 0;
  private folded = '';

  /**
   * Turns about `units` more folded units into the folded string; the folded text once all of
   * them are (the walk must be over).
   */
  finish(rawLength: number, units = Infinity): FoldedText | undefined {
    const CHUNK = 8192; // keeps the spread below engines' argument limits
    const stop = Math.min(this.length, this.assembled + units);
    for (let i = this.assembled; i < stop; i += CHUNK) {
      const end = Math.min(i + CHUNK, stop);
      this.folded += String.fromCharCode(...this.units.subarray(i, end));
    }
    this.assembled = stop;
    if (stop < this.length) return undefined;
    const toRaw = this.starts.slice(0, this.length + 1);
    toRaw[this.length] = rawLength;
    return { folded: this.folded, toRaw, toRawEnd: this.ends.slice(0, this.length) };
  }

  private grow(): void {
    const size = this.units.length * 2 + 16;
    const units = new Uint16Array(size);
    const starts = new Int32Array(size + 1);
    const ends = new Int32Array(size);
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
}

/** Encodes options as the cluster cache's flags. */
function flagsOf(options: FoldOptions): number {
  return (
    (options.ignoreCase ? FOLD_CASE : 0) |
    (options.ignoreAccents ? FOLD_ACCENTS : 0) |
    (options.ignorePunctuation ? FOLD_PUNCTUATION : 0)
  );
}

/**
 * Folds text for matching: typographic quotes and apostrophes to ASCII, every Unicode space
 * and whitespace run to one ' ', each cluster to NFC, then what `options` asks to ignore.
 */
export function foldText(raw: string, options: FoldOptions = {}): FoldedText {
  return new GradualFold(raw, options).step(Infinity)!;
}

/** `foldText` a piece at a time, with the same result: for work spread over time slices. */
export class GradualFold {
  private readonly out: FoldBuilder;
  private readonly walker: FoldWalker;

  constructor(
    private readonly raw: string,
    options: FoldOptions = {},
  ) {
    const out = new FoldBuilder(raw.length + 16);
    this.out = out;
    this.walker = new FoldWalker(raw, flagsOf(options), (folded, start, end) => {
      // A cluster folding to several units maps each of them to the whole cluster.
      for (let k = 0; k < folded.length; k++) out.push(folded.charCodeAt(k), start, end);
    });
  }

  private walked = false;

  /**
   * Folds about `units` more raw UTF-16 units (then turns as many folded units into the folded
   * string); the folded text once all of it is done.
   */
  step(units: number): FoldedText | undefined {
    if (!this.walked) {
      this.walked = this.walker.walkTo(this.walker.at + units);
      if (!this.walked) return undefined;
    }
    return this.out.finish(this.raw.length, units);
  }
}

/** The folded string of `foldText` without its maps: cheaper for quotes and their context. */
export function foldString(raw: string, options: FoldOptions = {}): string {
  let out = '';
  walkFolded(raw, flagsOf(options), (folded) => {
    out += folded;
  });
  return out;
}

/**
 * Raw UTF-16 ranges of every non-overlapping occurrence of `needle` in `haystack`, folded with
 * the same `options` as the haystack; each range is tight around the matched characters.
 */
export function findAll(
  haystack: FoldedText,
  needle: string,
  options: FoldOptions = {},
): { start: number; end: number }[] {
  // Edge spaces would only widen ranges onto whitespace, so they never take part in matching.
  const pattern = foldString(needle, options).trim();
  const ranges: { start: number; end: number }[] = [];
  if (pattern.length === 0) return ranges;
  for (
    let at = haystack.folded.indexOf(pattern);
    at >= 0;
    at = haystack.folded.indexOf(pattern, at + pattern.length)
  ) {
    ranges.push({ start: haystack.toRaw[at]!, end: haystack.toRawEnd[at + pattern.length - 1]! });
  }
  return ranges;
}
