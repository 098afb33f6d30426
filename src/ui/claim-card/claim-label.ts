import type { TFunction } from 'i18next';
import { ratingName, shownRating, type RatingScale } from '../../domain/claims/ratings';
import type { Claim } from '../../domain/types';
import { msg } from '../i18n/i18n';
import { VERDICT_LABELS } from '../shared/verdict-labels';

/** A rated claim's accessible name: the rating's name in place of the verdict's. */
const RATED_CLAIM = msg('{{rating}} claim: {{quote}}');

/**
 * A claim card's accessible name: the rating it shows ("Misleading claim: …") on a desk's
 * scale, else its verdict ("Disputed claim: …"); `language` names the rating.
 */
export function claimLabel(
  claim: Pick<Claim, 'rating' | 'verdict' | 'anchor'>,
  scale: RatingScale,
  t: TFunction,
  language: string,
): string {
  const quote = claim.anchor.exact;
  const rating = shownRating(claim, scale);
  if (!rating) return t(VERDICT_LABELS[claim.verdict].claim, { quote });
  return t(RATED_CLAIM, { rating: ratingName(rating, language), quote });
}
