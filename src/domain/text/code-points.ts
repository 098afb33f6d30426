/**
 * Offsets in the data model count Unicode code points (W3C selectors), while JavaScript strings
 * index UTF-16 units; these helpers convert between the two.
 */

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Clamps to an integer in [0, max]; NaN and negatives become 0. */
function clamp(value: number, max: number): number {
  return value > 0 ? (value < max ? Math.floor(value) : max) : 0;
}

/** The number of Unicode code points in `text` (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairs++;
      i++;
    }
  }
  return text.length - pairs;
}

/** Converts offsets of one text between code points and UTF-16 units; out-of-range input is clamped. */
export interface OffsetIndex {
  toUtf16(cp: number): number;
  toCodePoint(utf16: number): number;
  /** The text's length in code points. */
  readonly length: number;
}

/** The number of entries of an increasing array that are below `value`. */
function countBelow(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds an offset index in O(n): identity for texts without astral characters, O(log k) lookups otherwise. */
export function createOffsetIndex(text: string): OffsetIndex {
  const pairStarts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) pairStarts.push(i++);
  }
  const units = text.length;
  const length = units - pairStarts.length;
  if (pairStarts.length === 0) {
    return { length, toUtf16: (cp) => clamp(cp, length), toCodePoint: (u) => clamp(u, units) };
  }
  const unitStarts = Int32Array.from(pairStarts);
  // The k-th pair starts at code point unitStarts[k] - k: strictly increasing, so searchable too.
  const cpStarts = unitStarts.map((start, k) => start - k);
  return {
    length,
    toUtf16: (cp) => {
      const at = clamp(cp, length);
      return at + countBelow(cpStarts, at);
    },
    // Counting pairs that start strictly before the unit maps a low surrogate to its own pair.
    toCodePoint: (u) => {
      const at = clamp(u, units);
      return at - countBelow(unitStarts, at);
    },
  };
}

let lastIndexed: { text: string; index: OffsetIndex } | undefined;

/**
 * The offset index of a text, built once for the text seen last: interactions on one article
 * (marking a claim, describing its anchor) then never scan its whole text again.
 */
export function offsetIndexOf(text: string): OffsetIndex {
  if (lastIndexed?.text !== text) lastIndexed = { text, index: createOffsetIndex(text) };
  return lastIndexed.index;
}

/** The UTF-16 index reached by moving `count` code points forward from `from`. */
function advance(text: string, from: number, count: number): number {
  let at = from;
  for (let left = count; left > 0 && at < text.length; left--) {
    at += isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? 2 : 1;
  }
  return at;
}

/** The substring between two code point offsets (clamped), never splitting a surrogate pair. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const first = clamp(start, text.length);
  const last = clamp(end, text.length);
  const from = advance(text, 0, first);
  return text.slice(from, last > first ? advance(text, from, last - first) : from);
}
