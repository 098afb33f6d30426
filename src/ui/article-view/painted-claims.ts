import type { PaintedClaim } from '../../editor/highlight-painter';
import type { PositionMap } from '../../editor/position-map';
import type { AnchoredClaim } from './anchored-claim';

/**
 * The claims to paint, at editor positions: none while the editor shows another text than the
 * one the claims were anchored in (positions would land on other words), and never an orphan.
 */
export function paintedClaims(
  anchored: readonly AnchoredClaim[],
  positions: PositionMap,
  articleText: string,
  anchoredIn: string,
): PaintedClaim[] {
  if (positions.text !== articleText || anchoredIn !== articleText) return [];
  return anchored
    .filter((a) => a.match.status !== 'orphaned')
    .map(({ claim, match }) => ({
      id: claim.id,
      verdict: claim.verdict,
      from: positions.posAt(match.start),
      to: positions.endPosAt(match.end),
    }));
}
