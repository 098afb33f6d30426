import { describe, expect, it } from 'vitest';
import { OccurrenceIndex, OccurrenceIndexBuilder } from './occurrence-index';

/** Every start of `quote` in `text`, overlapping ones included, found the slow way. */
function bruteForce(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

const TEXT = "l'audit de la direction, l'audit de la direction ; aaaaaaaa 😀 fin de la direction";

describe('OccurrenceIndex', () => {
  it.each([
    ["l'audit de la direction", TEXT],
    ['de la direction', TEXT],
    ['de la', TEXT], // shorter than a gram
    ['aaaaaa', TEXT], // overlapping occurrences
    ['😀 fin', TEXT],
    ['absent du texte', TEXT],
    ['direction', 'dir'], // text shorter than a gram
    ['n', 'fin'],
  ])('finds %j like a brute-force scan', (quote, text) => {
    expect(new OccurrenceIndex(text).occurrences(quote)).toEqual(bruteForce(text, quote));
  });
});

describe('OccurrenceIndexBuilder', () => {
  it.each([1, 3, 50, 300])(
    'built %i positions at a time, finds what a one-go index finds',
    (units) => {
      const builder = new OccurrenceIndexBuilder(TEXT);
      let parts;
      let steps = 0;
      while (!(parts = builder.step(units))) steps++;
      const index = new OccurrenceIndex(TEXT, parts);
      for (const quote of ["l'audit de la direction", 'de la direction', 'aaaaaa', '😀 fin']) {
        expect(index.occurrences(quote)).toEqual(bruteForce(TEXT, quote));
      }
      // Hashing and filling each take about a step per `units` positions.
      expect(steps).toBeGreaterThanOrEqual(Math.floor((2 * (TEXT.length - 5)) / units) - 1);
    },
  );
});
