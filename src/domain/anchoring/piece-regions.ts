import type { AnchorText } from './anchor-text';

/** Beyond this many places to check, one pass over the whole text is cheaper. */
const MAX_REGIONS = 500;

/** The folded ranges that can hold a match with at most `maxErrors` errors, merged, or undefined if too many. */
export function regionsWithPiece(
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
