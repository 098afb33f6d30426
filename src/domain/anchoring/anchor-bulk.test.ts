import { foldString } from '../text/match-text';
import { describe, expect, it } from 'vitest';
import { locateAnchors } from './anchor';
import { describeAnchor, trimRange } from './describe-anchor';
import { codePointLength } from '../text/code-points';
import { prng } from '../test-data/tracked-text';
import type { Anchor } from '../types';

const SYLLABLES = [
  'ré',
  'pu',
  'bli',
  'que',
  'é',
  'tat',
  'con',
  'sei',
  'lè',
  'ga',
  'mi',
  'nis',
  'tè',
  're',
  'ça',
  'fi',
  'nan',
  'ce',
  'dé',
  'pen',
  'se',
  'ô',
  'tel',
  'gî',
  'te',
  'œu',
  'vre',
  'ma',
  'ï',
  'de',
  'la',
  'sur',
  'veil',
  'lan',
];
const ELIDED = ['l’', 'd’', 'qu’', 'n’', 's’'];
const PUNCTUATION = ['.', ',', '\u00a0;', '\u00a0:', '\u00a0!', '\u00a0?', '.'];

/** A French-looking article of at least `minLength` code points: accents, ’, « », NBSP, a few emoji. */
function frenchArticle(random: () => number, minLength: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const parts: string[] = [];
  let length = 0;
  while (length < minLength) {
    const words: string[] = [];
    const count = 6 + Math.floor(random() * 14);
    for (let w = 0; w < count; w++) {
      let word = '';
      for (let s = 1 + Math.floor(random() * 3); s > 0; s--) word += pick(SYLLABLES);
      if (random() < 0.12) word = pick(ELIDED) + word;
      if (random() < 0.04) word = `«\u00a0${word}\u00a0»`;
      if (random() < 0.01) word += ' 😀';
      words.push(word);
    }
    const sentence = words.join(' ');
    const text = sentence.charAt(0).toUpperCase() + sentence.slice(1) + pick(PUNCTUATION);
    const separator = random() < 0.15 ? '\n\n' : ' ';
    parts.push(text, separator);
    length += codePointLength(text) + separator.length;
  }
  return parts.join('');
}

/** 5,000 non-overlapping anchors of 10 to 30 code points, as a fact-checker would select them. */
function anchorsIn(text: string, random: () => number, count: number): Anchor[] {
  const length = codePointLength(text);
  const slot = Math.floor(length / count);
  const anchors: Anchor[] = [];
  for (let i = 0; i < count; i++) {
    for (;;) {
      const start = i * slot + Math.floor(random() * 6);
      const range = trimRange(text, start, start + 12 + Math.floor(random() * (slot - 18)));
      if (range.end - range.start < 10) continue;
      anchors.push(describeAnchor(text, range.start, range.end));
      break;
    }
  }
  return anchors;
}

/** Replaces 1 or 2 letters inside each quote with another letter, keeping every offset. */
function withTypos(text: string, anchors: Anchor[], random: () => number): string {
  const points = [...text];
  const original = [...text];
  for (const anchor of anchors) {
    for (let typos = 1 + Math.floor(random() * 2); typos > 0;) {
      const at = anchor.start + Math.floor(random() * (anchor.end - anchor.start));
      // A second typo on the same letter could restore it; only untouched letters qualify.
      if (points[at] !== original[at] || !/^\p{L}$/u.test(points[at]!)) continue;
      const letter = String.fromCharCode(97 + Math.floor(random() * 26));
      if (letter === points[at]) continue;
      points[at] = letter;
      typos--;
    }
  }
  return points.join('');
}

// Correctness at scale, not speed (npm run bench measures that): a busy machine may take long.
describe(
  'locateAnchors on a 200,000-character article with 5,000 claims',
  { timeout: 60_000 },
  () => {
    const random = prng(20240501);
    const text = frenchArticle(random, 200_000);
    const anchors = anchorsIn(text, random, 5000);

    it('finds unchanged anchors at their offsets, and edited ones approximately', () => {
      let started = performance.now();
      const exact = locateAnchors(text, anchors);
      const exactMs = performance.now() - started;

      const edited = withTypos(text, anchors, random);
      started = performance.now();
      const fuzzy = locateAnchors(edited, anchors);
      const fuzzyMs = performance.now() - started;
      console.log(
        `5,000 anchors in ${text.length} chars: exact ${exactMs.toFixed(1)} ms, fuzzy ${fuzzyMs.toFixed(1)} ms`,
      );

      exact.forEach((match, i) => {
        const anchor = anchors[i]!;
        expect(match).toEqual({ start: anchor.start, end: anchor.end, status: 'exact' });
      });
      let sameOffsets = 0;
      // A quote under 10 folded characters is matched exactly or not at all (orphaned).
      const orphans = fuzzy.filter((match) => match.status === 'orphaned').length;
      expect(orphans).toBeLessThan(anchors.length / 500);
      fuzzy.forEach((match, i) => {
        const anchor = anchors[i]!;
        if (match.status === 'orphaned') {
          expect(foldString(anchor.exact).length).toBeLessThan(10);
          return;
        }
        expect(match.status).toBe('approximate');
        // Never attached to other words: the match overlaps the quote and barely moves its edges.
        expect(Math.abs(match.start - anchor.start)).toBeLessThanOrEqual(2);
        expect(Math.abs(match.end - anchor.end)).toBeLessThanOrEqual(2);
        if (match.start === anchor.start && match.end === anchor.end) sameOffsets++;
      });
      expect(sameOffsets / anchors.length).toBeGreaterThan(0.98);
    });

    it('attaches none of them to an unrelated article', () => {
      const unrelated = frenchArticle(prng(7), 200_000);
      const matches = locateAnchors(unrelated, anchors);
      expect(matches.filter((match) => match.status !== 'orphaned')).toEqual([]);
    });
  },
);
