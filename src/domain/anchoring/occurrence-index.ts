/** Units per indexed gram: long enough to be selective, short enough for 10-unit quotes. */
const GRAM = 6;

/** Hashes the gram of `text` starting at `at` into `mask + 1` buckets. */
function gramHash(text: string, at: number, mask: number): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < GRAM; k++) hash = Math.imul(hash ^ text.charCodeAt(at + k), 0x01000193);
  return (hash ^ (hash >>> 15)) & mask;
}

/** The arrays of a built `OccurrenceIndex`. */
export interface IndexParts {
  mask: number;
  bucketStarts: Int32Array;
  positions: Int32Array;
}

/**
 * Builds an `OccurrenceIndex` a piece at a time, with the same result as building it at once:
 * for work spread over time slices. Hashes every gram, counts the buckets, then fills them.
 */
export class OccurrenceIndexBuilder {
  private readonly count: number;
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly starts: Int32Array;
  private cursor: Int32Array | undefined;
  private positions: Int32Array | undefined;
  private hashed = 0;
  private filled = 0;

  constructor(private readonly text: string) {
    this.count = Math.max(0, text.length - GRAM + 1);
    const bits = Math.min(20, Math.max(8, Math.ceil(Math.log2(this.count + 1))));
    this.mask = (1 << bits) - 1;
    this.hashes = new Int32Array(this.count);
    this.starts = new Int32Array(this.mask + 2);
  }

  /** Does about `units` more positions' work; the index's arrays once they are built. */
  step(units: number): IndexParts | undefined {
    const { count, mask, hashes, starts } = this;
    let left = units;
    if (this.hashed < count) {
      const stop = Math.min(count, this.hashed + left);
      for (let i = this.hashed; i < stop; i++) {
        const hash = gramHash(this.text, i, mask);
        hashes[i] = hash;
        starts[hash + 1]!++;
      }
      left -= stop - this.hashed;
      this.hashed = stop;
      if (left <= 0) return undefined;
    }
    if (!this.cursor) {
      // Summing the buckets is one piece of work: done first in a step, or if there is room.
      if (left < units && left < starts.length) return undefined;
      for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
      this.cursor = starts.slice(0, mask + 1);
      this.positions = new Int32Array(count);
      left -= starts.length;
      if (left <= 0) return undefined;
    }
    const { cursor, positions } = this;
    const stop = Math.min(count, this.filled + left);
    // Filling in text order keeps each bucket sorted by position.
    for (let i = this.filled; i < stop; i++) positions![cursor[hashes[i]!]!++] = i;
    this.filled = stop;
    if (stop < count) return undefined;
    return { mask, bucketStarts: starts, positions: positions! };
  }
}

/**
 * Every position of a folded text bucketed by the hash of the gram starting there, so that all
 * occurrences of a quote are found without scanning the whole text once per quote.
 */
export class OccurrenceIndex {
  private readonly mask: number;
  private readonly bucketStarts: Int32Array;
  private readonly positions: Int32Array;

  constructor(
    private readonly text: string,
    parts?: IndexParts,
  ) {
    let built = parts;
    if (!built) {
      const builder = new OccurrenceIndexBuilder(text);
      while (!built) built = builder.step(Infinity);
    }
    this.mask = built.mask;
    this.bucketStarts = built.bucketStarts;
    this.positions = built.positions;
  }

  /** Every start of `quote` in the text, overlapping ones included, in increasing order. */
  occurrences(quote: string): number[] {
    const found: number[] = [];
    if (quote.length < GRAM) {
      for (let at = this.text.indexOf(quote); at >= 0; at = this.text.indexOf(quote, at + 1)) {
        found.push(at);
      }
      return found;
    }
    // The quote's rarest gram gives the fewest candidates to check.
    let bestOffset = 0;
    let bestBucket = 0;
    let bestSize = Infinity;
    for (let k = 0; k + GRAM <= quote.length; k++) {
      const bucket = gramHash(quote, k, this.mask);
      const size = this.bucketStarts[bucket + 1]! - this.bucketStarts[bucket]!;
      if (size < bestSize) {
        bestOffset = k;
        bestBucket = bucket;
        bestSize = size;
      }
      if (size === 0) return found;
    }
    const end = this.bucketStarts[bestBucket + 1]!;
    for (let p = this.bucketStarts[bestBucket]!; p < end; p++) {
      const at = this.positions[p]! - bestOffset;
      if (at >= 0 && this.text.startsWith(quote, at)) found.push(at);
    }
    return found;
  }
}
