import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchInChunks } from './search-chunks';

/** Runs a chunked search to its end; how many times it paused, and its hits. */
function drain(...args: Parameters<typeof searchInChunks>) {
  const steps = searchInChunks(...args);
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { pauses, hits: step.value };
    pauses++;
  }
}

describe('a fuzzy search in chunks', () => {
  it('finds what one search of the whole range finds', () => {
    // A small alphabet makes many near matches, some across the chunks' seams.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 400 });
    fc.assert(
      fc.property(
        text,
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 3, maxLength: 40 }),
        fc.nat(6),
        fc.integer({ min: 8, max: 64 }),
        fc.nat(50),
        (haystack, pattern, maxErrors, chunk, cut) => {
          const from = Math.min(cut, haystack.length);
          const whole = search(haystack.slice(from), pattern, maxErrors);
          const chunked = drain(search, haystack, from, haystack.length, pattern, maxErrors, chunk);
          expect(chunked.hits).toEqual(whole);
        },
      ),
      { numRuns: 500, seed: 18 },
    );
  });

  it('finds a match stretched by insertions across a seam, wherever the seam falls', () => {
    for (let before = 0; before < 24; before++) {
      const text = `${'q'.repeat(before)}abcdXYefgh${'q'.repeat(12)}`;
      const whole = search(text, 'abcdefgh', 2);
      expect(whole).toEqual([{ start: before, end: before + 10, errors: 2 }]);
      for (let chunk = 4; chunk <= 12; chunk++) {
        expect(drain(search, text, 0, text.length, 'abcdefgh', 2, chunk).hits).toEqual(whole);
      }
    }
  });

  it('pauses between chunks, never in a range that fits one', () => {
    const text = 'un texte où la citation revient, la citaiton aussi. '.repeat(40);
    const long = drain(search, text, 0, text.length, 'la citation', 2, 256);
    expect(long.pauses).toBe(Math.ceil(text.length / 256) - 1);
    expect(long.hits.length).toBeGreaterThan(0);
    expect(drain(search, text, 0, 256, 'la citation', 2, 256).pauses).toBe(0);
  });
});
