import { describe, expect, it } from 'vitest';
import { codePointLength, createOffsetIndex, sliceCodePoints } from './code-points';

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['démenti', 7],
    ['e\u0301', 2],
    ['😀', 1],
    ['a😀b𝔘', 4],
    ['\ud800x', 2], // a lone surrogate is one code point
    ['x\udc00', 2],
  ])('%j has %i code points', (text, expected) => {
    expect(codePointLength(text)).toBe(expected);
    expect(codePointLength(text)).toBe([...text].length);
  });
});

describe('createOffsetIndex', () => {
  it.each([
    // text, code point -> UTF-16 pairs
    [
      'plain',
      [
        [0, 0],
        [3, 3],
        [5, 5],
      ],
    ],
    [
      '😀ab',
      [
        [0, 0],
        [1, 2],
        [2, 3],
        [3, 4],
      ],
    ],
    [
      'a😀b😀',
      [
        [0, 0],
        [1, 1],
        [2, 3],
        [3, 4],
        [4, 6],
      ],
    ],
    [
      '𝔘𝔘𝔘',
      [
        [0, 0],
        [1, 2],
        [2, 4],
        [3, 6],
      ],
    ],
  ] as const)('maps code points of %j to UTF-16 and back', (text, pairs) => {
    const index = createOffsetIndex(text);
    expect(index.length).toBe([...text].length);
    for (const [cp, utf16] of pairs) {
      expect(index.toUtf16(cp)).toBe(utf16);
      expect(index.toCodePoint(utf16)).toBe(cp);
    }
  });

  it.each([
    // text, UTF-16 index inside a pair, code point of that pair
    ['😀', 1, 0],
    ['a😀b', 2, 1],
    ['😀😀x', 3, 1],
  ])('maps the middle of a pair in %j (%i) to its code point', (text, utf16, cp) => {
    expect(createOffsetIndex(text).toCodePoint(utf16)).toBe(cp);
  });

  it.each([
    ['abc', -5, 0, 0],
    ['abc', 99, 3, 3],
    ['a😀', 99, 3, 2],
    ['a😀', -1, 0, 0],
    ['a😀', Number.NaN, 0, 0],
  ])('clamps out-of-range input on %j (%d)', (text, input, utf16, cp) => {
    const index = createOffsetIndex(text);
    expect(index.toUtf16(input)).toBe(utf16);
    expect(index.toCodePoint(input)).toBe(cp);
  });

  it('agrees with spreading the string on mixed text', () => {
    const text = 'L’été 😀 à Zürich 𝔘n « test » 🇫🇷 fin';
    const points = [...text];
    const index = createOffsetIndex(text);
    let utf16 = 0;
    points.forEach((point, cp) => {
      expect(index.toUtf16(cp)).toBe(utf16);
      expect(index.toCodePoint(utf16)).toBe(cp);
      utf16 += point.length;
    });
    expect(index.toUtf16(points.length)).toBe(text.length);
  });
});

describe('sliceCodePoints', () => {
  it.each([
    ['abcdef', 1, 4, 'bcd'],
    ['😀ab😀c', 1, 4, 'ab😀'],
    ['😀ab😀c', 3, 5, '😀c'],
    ['😀ab', 0, 1, '😀'],
    ['abc', 2, 1, ''],
    ['abc', -3, 99, 'abc'],
    ['é😀', 1, 2, '😀'],
  ])('slices %j from %i to %i', (text, start, end, expected) => {
    expect(sliceCodePoints(text, start, end)).toBe(expected);
  });
});
