import { describe, expect, it } from 'vitest';
import { FIVE_RATING_SCALE, VERDICT_SCALE, type RatingScale } from '../claims/ratings';
import type { Verdict } from '../types';
import { mapRatings, proposedMapping, unknownRatings, verdictChanges } from './rating-mapping';

const theirs: RatingScale = {
  id: 'custom',
  ratings: [
    { ...FIVE_RATING_SCALE.ratings[0]!, id: 'correct' },
    {
      id: 'half-true',
      names: { en: 'Half true', fr: 'À moitié vrai' },
      colour: '#888888',
      symbol: '½',
      ratingValue: 2,
      verdict: 'unverified',
    },
    { ...FIVE_RATING_SCALE.ratings[3]!, id: 'spin' },
  ],
};

const claim = (rating: string, verdict: Verdict, id = rating) => ({ id, rating, verdict });

describe('unknownRatings', () => {
  it('lists the ratings our scale lacks, in the file’s order, with counts and names', () => {
    const claims = [
      claim('spin', 'disputed', 'a'),
      claim('misleading', 'disputed', 'b'),
      claim('correct', 'confirmed', 'c'),
      claim('spin', 'disputed', 'd'),
      claim('', 'unverified', 'e'),
    ];
    const unknown = unknownRatings(claims, theirs, FIVE_RATING_SCALE);
    expect(unknown.map((u) => [u.id, u.count, u.rating?.names.en, u.proposed])).toEqual([
      ['correct', 1, 'True', 'true'],
      ['spin', 2, 'Misleading', 'missing-context'],
    ]);
  });

  it('proposes the verdict alone when none of ours has the rating’s verdict', () => {
    const unknown = unknownRatings([claim('half-true', 'unverified')], theirs, FIVE_RATING_SCALE);
    expect(unknown[0]).toMatchObject({ id: 'half-true', verdict: 'unverified', proposed: '' });
    expect(proposedMapping(unknown)).toEqual({ 'half-true': '' });
  });

  it('falls back on the claim’s verdict when the file has no scale', () => {
    const unknown = unknownRatings([claim('odd', 'confirmed')], undefined, VERDICT_SCALE);
    expect(unknown[0]).toMatchObject({
      rating: undefined,
      verdict: 'confirmed',
      proposed: 'confirmed',
    });
  });

  it('finds nothing when every rating is ours', () => {
    expect(unknownRatings([claim('false', 'disputed')], theirs, FIVE_RATING_SCALE)).toEqual([]);
  });
});

describe('mapRatings', () => {
  it('replaces the rating and takes our rating’s verdict', () => {
    const mapped = mapRatings(
      [claim('half-true', 'unverified', 'a'), claim('true', 'confirmed', 'b')],
      { 'half-true': 'misleading' },
      FIVE_RATING_SCALE,
    );
    expect(mapped).toEqual([
      { id: 'a', rating: 'misleading', verdict: 'disputed' },
      { id: 'b', rating: 'true', verdict: 'confirmed' },
    ]);
  });

  it('keeps the verdict when the rating maps to the verdict alone', () => {
    const mapped = mapRatings([claim('spin', 'disputed')], { spin: '' }, FIVE_RATING_SCALE);
    expect(mapped).toEqual([{ id: 'spin', rating: '', verdict: 'disputed' }]);
  });

  it('counts the claims whose verdict a mapping changes', () => {
    const claims = [claim('half-true', 'unverified', 'a'), claim('half-true', 'disputed', 'b')];
    const [unknown] = unknownRatings(claims, theirs, FIVE_RATING_SCALE);
    expect(verdictChanges(unknown!, 'misleading', FIVE_RATING_SCALE)).toBe(1);
    expect(verdictChanges(unknown!, 'true', FIVE_RATING_SCALE)).toBe(2);
    expect(verdictChanges(unknown!, '', FIVE_RATING_SCALE)).toBe(0);
  });
});
