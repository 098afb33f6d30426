import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { AnchorText, type WantedQuote } from './anchor-text';
import { narrowFirst } from './narrow-search';

const QUOTE = 'la dette publique a baissé de deux points';
const filler = (n: number) => 'Une phrase sans rapport avec le sujet du jour. '.repeat(n);

/** The narrow search of QUOTE in `raw` around `expected`, and the wide one, both by fewest errors then nearest. */
function searches(raw: string, expected: number) {
  const text = new AnchorText(raw);
  const { folded } = text.fold;
  const wanted: WantedQuote = {
    quote: QUOTE,
    prefix: '',
    suffix: '',
    expected,
    alsoExpected: expected,
    ranges: [],
    endBefore: folded.length,
    mayBeGone: false,
  };
  const reach = 1000;
  const score = (start: number, errors: number) =>
    (50 * (1 - errors / QUOTE.length) +
      10 * (1 - Math.min(1, Math.abs(start - expected) / reach))) /
    100;
  const how = {
    hitsIn: (a: number, b: number) => search(folded.slice(a, b), QUOTE, 8),
    pick: (a: number, hits: { start: number; errors: number }[]) => {
      let best: { start: number; score: number } | undefined;
      for (const hit of hits) {
        const candidate = { start: a + hit.start, score: score(a + hit.start, hit.errors) };
        if (!best || candidate.score > best.score) best = candidate;
      }
      return best;
    },
    // The test's score has no context part: the bound leaves it out too.
    bound: (errors: number, distance: number) =>
      (50 * (1 - errors / QUOTE.length) + 10 * (1 - Math.min(1, distance / reach))) / 100,
  };
  const window = {
    from: Math.max(0, expected - reach),
    to: Math.min(folded.length, expected + reach),
  };
  return {
    narrow: narrowFirst(text, wanted, window, how),
    wide: how.pick(window.from, how.hitsIn(window.from, window.to)),
  };
}

describe('the narrow search first', () => {
  it('finds the wide search’s best hit when it is near the expected start', () => {
    const raw = `${filler(20)}La dette publique a baissé de deux poins. ${filler(20)}`;
    const { narrow, wide } = searches(raw, raw.indexOf('dette') - 3);
    expect(narrow).toBeDefined();
    expect(narrow).toEqual(wide);
  });

  it('defers to the wide search when a closer copy may stand outside it', () => {
    // Two letters changed near the expected start, one 700 units away: the wide search keeps
    // only the fewest-error hits, so it picks the far one.
    const near = 'la dette publique a baissé de deux poxnz';
    const far = 'la dette publique a baissé de deux poins';
    const raw = `${filler(20)}${near}. ${filler(15)}${far}. ${filler(5)}`;
    const { narrow, wide } = searches(raw, raw.indexOf(near));
    expect(wide!.start).toBe(raw.indexOf(far));
    expect(narrow).toBeUndefined();
  });
});
