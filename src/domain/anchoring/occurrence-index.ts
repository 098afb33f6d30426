/** Units per indexed gram: long enough to be selective, short enough for 10-unit quotes. */
const GRAM = 6;

/** Hashes the gram of `text` starting at `at` into `mask + 1` buckets. */
function gramHash(text: string, at: number, mask: number): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < GRAM; k++) hash = Math.imul(hash ^ text.charCodeAt(at + k), 0x01000193);
  return (hash ^ (hash >>> 15)) & mask;
}

/**
 * Every position of a folded text bucketed by the hash of the gram starting there, so that all
 * occurrences of a quote are found without scanning the whole text once per quote.
 */
export class OccurrenceIndex {
  private readonly mask: number;
  private readonly bucketStarts: Int32Array;
  private readonly positions: Int32Array;

  constructor(private readonly text: string) {
    const count = Math.max(0, text.length - GRAM + 1);
    const bits = Math.min(20, Math.max(8, Math.ceil(Math.log2(count + 1))));
    this.mask = (1 << bits) - 1;
    const hashes = new Int32Array(count);
    const starts = new Int32Array(this.mask + 2);
    for (let i = 0; i < count; i++) {
      const hash = gramHash(text, i, this.mask);
      hashes[i] = hash;
      starts[hash + 1]!++;
    }
    for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
    // Filling in text order keeps each bucket sorted by position.
    const cursor = starts.slice(0, this.mask + 1);
    const positions = new Int32Array(count);
    for (let i = 0; i < count; i++) positions[cursor[hashes[i]!]!++] = i;
    this.bucketStarts = starts;
    this.positions = positions;
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
