import { describe, expect, it } from 'vitest';
import {
  claimRating,
  effectiveRating,
  FIVE_RATING_SCALE,
  RATING_PRESETS,
  ratingName,
  VERDICT_SCALE,
} from './ratings';

describe('rating scales', () => {
  it.each(RATING_PRESETS.map((scale) => [scale.id, scale] as const))(
    '%s: ids unique, values from the scale length down to 1, every name in both languages',
    (_, scale) => {
      const ids = scale.ratings.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(scale.ratings.map((r) => r.ratingValue)).toEqual(
        scale.ratings.map((_, i) => scale.ratings.length - i),
      );
      for (const rating of scale.ratings) {
        expect(rating.id).toMatch(/^[a-z0-9-]+$/);
        expect(rating.colour).toMatch(/^#[0-9a-f]{6}$/);
        expect(rating.names.en.trim()).not.toBe('');
        expect(rating.names.fr.trim()).not.toBe('');
      }
    },
  );

  it('finds a claim’s own rating, or the first of its verdict', () => {
    expect(claimRating({ rating: 'misleading' }, FIVE_RATING_SCALE)?.names.fr).toBe('Trompeur');
    expect(claimRating({ rating: '' }, FIVE_RATING_SCALE)).toBeUndefined();
    expect(claimRating({ rating: 'unknown' }, FIVE_RATING_SCALE)).toBeUndefined();
    expect(effectiveRating({ rating: '', verdict: 'disputed' }, FIVE_RATING_SCALE)?.id).toBe(
      'missing-context',
    );
    expect(effectiveRating({ rating: 'false', verdict: 'disputed' }, FIVE_RATING_SCALE)?.id).toBe(
      'false',
    );
    expect(
      effectiveRating({ rating: '', verdict: 'unverified' }, FIVE_RATING_SCALE),
    ).toBeUndefined();
    expect(effectiveRating({ rating: '', verdict: 'confirmed' }, VERDICT_SCALE)?.id).toBe(
      'confirmed',
    );
  });

  it('names a rating in the UI language, English otherwise', () => {
    const rating = FIVE_RATING_SCALE.ratings[1]!;
    expect(ratingName(rating, 'fr')).toBe('Plutôt vrai');
    expect(ratingName(rating, 'en')).toBe('Mostly true');
    expect(ratingName(rating, 'de')).toBe('Mostly true');
  });
});
