import { describe, expect, it } from 'vitest';
import { cleanTag, splitTypedTags, withTag, withoutTag } from './tags';

describe('withTag', () => {
  it.each([
    { tags: [], raw: '  santé  publique ', known: [], expected: ['santé publique'] },
    { tags: ['Santé'], raw: 'santé', known: [], expected: ['Santé'] },
    { tags: ['Santé'], raw: 'SANTÉ ', known: [], expected: ['Santé'] },
    { tags: ['a'], raw: '   ', known: [], expected: ['a'] },
    { tags: [], raw: 'economie', known: ['Economie', 'Santé'], expected: ['Economie'] },
    { tags: ['x'], raw: 'Nouveau', known: ['Santé'], expected: ['x', 'Nouveau'] },
    // NFD input is stored NFC, and equals the NFC tag.
    { tags: ['Santé'], raw: 'Sante\u0301', known: [], expected: ['Santé'] },
  ])('adds $raw to $tags', ({ tags, raw, known, expected }) => {
    expect(withTag(tags, raw, known)).toEqual(expected);
  });
});

describe('withoutTag', () => {
  it('removes a tag whatever its case', () => {
    expect(withoutTag(['Santé', 'Cloud'], 'santé')).toEqual(['Cloud']);
  });
});

describe('splitTypedTags', () => {
  it.each([
    { typed: 'santé', finished: [], rest: 'santé' },
    { typed: 'santé,', finished: ['santé'], rest: '' },
    { typed: 'a, b ,c', finished: ['a', 'b'], rest: 'c' },
    { typed: ',,x', finished: [], rest: 'x' },
  ])('splits $typed', ({ typed, finished, rest }) => {
    expect(splitTypedTags(typed)).toEqual({ finished, rest });
  });
});

describe('cleanTag', () => {
  it('trims and collapses whitespace, including non-breaking spaces', () => {
    expect(cleanTag('\u00a0Cloud\u202f souverain ')).toBe('Cloud souverain');
  });
});
