import type { Claim, Verdict } from '../types';

/*
 * The organisation's rating scale: the ordered ratings a desk publishes (True, Mostly true,
 * Misleading…), each mapped to one of the three verdicts. The verdict stays the core field of a
 * claim (filters, counts, agreement); a claim's `rating` names one rating of the scale by id, or
 * is '' when the claim has its verdict alone.
 */

/** The languages a rating is named in (the UI's languages). */
export type RatingLanguage = 'en' | 'fr';

/** One rating of a scale. */
export interface Rating {
  /** Stable id, stored on claims (letters, digits and `-`). */
  id: string;
  /** The rating's name in each language, as readers see it. */
  names: Record<RatingLanguage, string>;
  /** A CSS colour (`#rrggbb`) for highlights and badges. */
  colour: string;
  /** A short symbol shown with the name where colour alone cannot be told (print, colour blindness). */
  symbol: string;
  /** ClaimReview `reviewRating.ratingValue`: 1 is the worst, the scale's length the best. */
  ratingValue: number;
  /** The verdict the rating counts as. */
  verdict: Verdict;
}

/** An ordered list of ratings, best first. */
export interface RatingScale {
  /** Which preset it started from, or 'custom'. */
  id: string;
  ratings: Rating[];
}

/** The default scale: the three verdicts alone. */
export const VERDICT_SCALE: RatingScale = {
  id: 'verdicts',
  ratings: [
    {
      id: 'confirmed',
      names: { en: 'Confirmed', fr: 'Confirmé' },
      colour: '#2e7d4f',
      symbol: '✓',
      ratingValue: 3,
      verdict: 'confirmed',
    },
    {
      id: 'unverified',
      names: { en: 'Unverified', fr: 'Non vérifié' },
      colour: '#6b7280',
      symbol: '?',
      ratingValue: 2,
      verdict: 'unverified',
    },
    {
      id: 'disputed',
      names: { en: 'Disputed', fr: 'Contesté' },
      colour: '#b3261e',
      symbol: '✗',
      ratingValue: 1,
      verdict: 'disputed',
    },
  ],
};

/** A five-rating scale of the kind IFCN signatories publish, in French and English. */
export const FIVE_RATING_SCALE: RatingScale = {
  id: 'five',
  ratings: [
    {
      id: 'true',
      names: { en: 'True', fr: 'Vrai' },
      colour: '#2e7d4f',
      symbol: '✓',
      ratingValue: 5,
      verdict: 'confirmed',
    },
    {
      id: 'mostly-true',
      names: { en: 'Mostly true', fr: 'Plutôt vrai' },
      colour: '#5c8f3a',
      symbol: '≈',
      ratingValue: 4,
      verdict: 'confirmed',
    },
    {
      id: 'missing-context',
      names: { en: 'Missing context', fr: 'Manque de contexte' },
      colour: '#a66a00',
      symbol: '…',
      ratingValue: 3,
      verdict: 'disputed',
    },
    {
      id: 'misleading',
      names: { en: 'Misleading', fr: 'Trompeur' },
      colour: '#c2410c',
      symbol: '!',
      ratingValue: 2,
      verdict: 'disputed',
    },
    {
      id: 'false',
      names: { en: 'False', fr: 'Faux' },
      colour: '#b3261e',
      symbol: '✗',
      ratingValue: 1,
      verdict: 'disputed',
    },
  ],
};

/** The presets offered in Settings, the default first. */
export const RATING_PRESETS: readonly RatingScale[] = [VERDICT_SCALE, FIVE_RATING_SCALE];

/** The rating a claim carries on a scale (undefined: none, or not on this scale). */
export function claimRating(claim: Pick<Claim, 'rating'>, scale: RatingScale): Rating | undefined {
  return claim.rating === '' ? undefined : scale.ratings.find((r) => r.id === claim.rating);
}

/**
 * The rating a claim is shown and published with: its own on the scale, else the first rating of
 * the scale that counts as its verdict (undefined when none does).
 */
export function effectiveRating(
  claim: Pick<Claim, 'rating' | 'verdict'>,
  scale: RatingScale,
): Rating | undefined {
  return claimRating(claim, scale) ?? scale.ratings.find((r) => r.verdict === claim.verdict);
}

/** A rating's name in a language, falling back to English. */
export function ratingName(rating: Rating, language: string): string {
  return language === 'fr' ? rating.names.fr || rating.names.en : rating.names.en;
}

/**
 * The rating a claim shows in place of its verdict (its highlight's tint, its card's name): its
 * own rating on a desk's scale; none on the three verdicts' scale, whose ratings are the
 * verdicts themselves, nor for a claim with its verdict alone.
 */
export function shownRating(claim: Pick<Claim, 'rating'>, scale: RatingScale): Rating | undefined {
  return scale.id === VERDICT_SCALE.id ? undefined : claimRating(claim, scale);
}
