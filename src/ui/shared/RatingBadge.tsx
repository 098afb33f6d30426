import { useTranslation } from 'react-i18next';
import { claimRating, ratingName, type RatingScale } from '../../domain/claims/ratings';
import type { Claim } from '../../domain/types';
import { uiLanguage } from '../i18n/i18n';
import { VerdictBadge } from './VerdictBadge';

/**
 * A claim's rating on the organisation's scale: a swatch of the rating's colour, its symbol and
 * its name in the ink colour (so that any colour stays readable in both themes, and colour is
 * never the only cue); the verdict badge when the claim has no rating on the scale.
 */
export function RatingBadge({
  claim,
  scale,
}: {
  claim: Pick<Claim, 'rating' | 'verdict'>;
  scale: RatingScale;
}) {
  useTranslation();
  const rating = claimRating(claim, scale);
  if (!rating) return <VerdictBadge verdict={claim.verdict} />;
  return (
    <span className="rating-badge" data-rating={rating.id}>
      <RatingSwatch colour={rating.colour} /> <span aria-hidden="true">{rating.symbol}</span>{' '}
      {ratingName(rating, uiLanguage())}
    </span>
  );
}

/** A small square of a rating's colour, outlined so that a pale colour shows on either theme. */
export function RatingSwatch({ colour }: { colour: string }) {
  return <span className="rating-swatch" style={{ background: colour }} aria-hidden="true" />;
}
