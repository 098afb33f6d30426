import { describe, expect, it } from 'vitest';
import {
  cleanRatingScale,
  defaultReplacement,
  markForKey,
  MAX_RATINGS,
  newRatingId,
  ratingScaleProblems,
  removedInUse,
  replacementMark,
} from './rating-scale';
import { FIVE_RATING_SCALE, RATING_PRESETS, VERDICT_SCALE, type RatingScale } from './ratings';
import { keyChoice } from './verdict-keys';

const custom = (ratings = FIVE_RATING_SCALE.ratings): RatingScale => ({ id: 'custom', ratings });

describe('the keys of a rating scale', () => {
  it.each([
    ['c', VERDICT_SCALE, { verdict: 'confirmed', rating: '' }],
    ['D', FIVE_RATING_SCALE, { verdict: 'disputed', rating: '' }],
    ['1', FIVE_RATING_SCALE, { verdict: 'confirmed', rating: 'true' }],
    ['3', FIVE_RATING_SCALE, { verdict: 'disputed', rating: 'missing-context' }],
    ['5', FIVE_RATING_SCALE, { verdict: 'disputed', rating: 'false' }],
    ['6', FIVE_RATING_SCALE, null],
    ['1', VERDICT_SCALE, null],
    ['x', FIVE_RATING_SCALE, null],
    ['0', FIVE_RATING_SCALE, null],
  ] as const)('%s on %s gives %j', (key, scale, mark) => {
    const choice = keyChoice(key);
    expect(choice === null ? null : markForKey(choice, scale)).toEqual(mark);
  });
});

describe('a rating scale’s problems', () => {
  it('accepts every preset', () => {
    for (const scale of RATING_PRESETS) expect(ratingScaleProblems(scale)).toEqual([]);
  });

  it('names the position of each faulty rating', () => {
    const [first, second, third, fourth] = FIVE_RATING_SCALE.ratings;
    const scale = custom([
      { ...first!, names: { en: 'True', fr: '  ' } },
      { ...second!, colour: 'green' },
      { ...third!, symbol: '' },
      { ...fourth!, ratingValue: 0 },
    ]);
    expect(ratingScaleProblems(scale)).toEqual([
      { code: 'rating-name-missing', data: { position: '1' } },
      { code: 'rating-colour', data: { position: '2' } },
      { code: 'rating-symbol', data: { position: '3' } },
      { code: 'rating-value', data: { position: '4' } },
    ]);
  });

  it('refuses an empty scale and one past nine ratings', () => {
    expect(ratingScaleProblems(custom([]))).toEqual([{ code: 'rating-scale-empty' }]);
    const many = Array.from({ length: MAX_RATINGS + 1 }, (_, i) => ({
      ...FIVE_RATING_SCALE.ratings[0]!,
      id: `r-${i}`,
    }));
    expect(ratingScaleProblems(custom(many))).toEqual([
      { code: 'rating-scale-too-long', data: { max: '9' } },
    ]);
  });

  it('trims names and symbols and writes colours in lowercase', () => {
    const rating = { ...FIVE_RATING_SCALE.ratings[0]!, symbol: ' ✓ ', colour: '#ABCDEF' };
    const cleaned = cleanRatingScale(custom([{ ...rating, names: { en: ' True ', fr: 'Vrai ' } }]));
    expect(cleaned.ratings[0]).toMatchObject({
      names: { en: 'True', fr: 'Vrai' },
      symbol: '✓',
      colour: '#abcdef',
    });
  });

  it('gives a new rating an unused id', () => {
    const scale = custom([{ ...FIVE_RATING_SCALE.ratings[0]!, id: 'rating-2' }]);
    expect(newRatingId(scale)).toBe('rating-3');
  });
});

describe('removing ratings in use', () => {
  const use = new Map([
    ['misleading', 2],
    ['true', 1],
  ]);

  it('lists the removed ratings that claims carry, with their counts', () => {
    const after = custom(FIVE_RATING_SCALE.ratings.filter((r) => r.id !== 'misleading'));
    expect(removedInUse(FIVE_RATING_SCALE, after, use)).toEqual([
      { rating: FIVE_RATING_SCALE.ratings[3], count: 2 },
    ]);
    expect(removedInUse(FIVE_RATING_SCALE, VERDICT_SCALE, use).map((r) => r.count)).toEqual([1, 2]);
  });

  it('offers the first rating of the same verdict, else the verdict alone', () => {
    const misleading = FIVE_RATING_SCALE.ratings[3]!;
    expect(defaultReplacement(misleading, FIVE_RATING_SCALE)).toBe('missing-context');
    expect(defaultReplacement(misleading, VERDICT_SCALE)).toBe('disputed');
    expect(defaultReplacement(misleading, custom(FIVE_RATING_SCALE.ratings.slice(0, 2)))).toBe('');
  });

  it('gives a claim the replacement and its verdict, or keeps its verdict alone', () => {
    const claim = { verdict: 'disputed' as const, rating: 'misleading' };
    expect(replacementMark(claim, 'true', FIVE_RATING_SCALE)).toEqual({
      verdict: 'confirmed',
      rating: 'true',
    });
    expect(replacementMark(claim, '', VERDICT_SCALE)).toEqual({ verdict: 'disputed', rating: '' });
    expect(replacementMark(claim, 'nowhere', VERDICT_SCALE)).toBeUndefined();
  });
});
