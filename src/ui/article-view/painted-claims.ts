import type { PaintedClaim } from '../../editor/highlight-painter';
import type { RatingScale } from '../../domain/claims/ratings';
import type { PositionMap } from '../../editor/position-map';
import type { AnchoredClaim } from './anchored-claim';
import { paintStyle } from './rating-highlight';

/**
 * The claims to paint, at editor positions: none while the editor shows another text than the
 * one the claims were anchored in (positions would land on other words), and never an orphan;
 * each with its verdict and the place of the rating whose tint it shows.
 */
export function paintedClaims(
  anchored: readonly AnchoredClaim[],
  positions: PositionMap,
  articleText: string,
  anchoredIn: string,
  scale: RatingScale,
): PaintedClaim[] {
  if (positions.text !== articleText || anchoredIn !== articleText) return [];
  return anchored
    .filter((a) => a.match.status !== 'orphaned')
    .map(({ claim, match }) => ({
      id: claim.id,
      ...paintStyle(claim, scale),
      from: positions.posAt(match.start),
      to: positions.endPosAt(match.end),
    }));
}
