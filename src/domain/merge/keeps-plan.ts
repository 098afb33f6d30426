import type { RatingMapping } from '../exchange/rating-mapping';
import type { MergePlan, Resolution, Snapshot } from './plan';

/**
 * Whether the user's choices leave a plan made with the default ones (the newer side of each
 * conflict, no place accepted, no rating mapped) as it is: each conflict keeps the side the plan
 * kept, no place the plan suggests is accepted, and no claim of the file carries a rating the
 * mapping names.
 */
export function keepsPlan(
  plan: MergePlan,
  incoming: Snapshot,
  resolution: Partial<Resolution>,
  ratings: RatingMapping,
): boolean {
  const rule = resolution.rule ?? 'newer';
  const choices = resolution.choices ?? {};
  const accepted = new Set(resolution.accept ?? []);
  const chosen = rule !== 'newer' || Object.keys(choices).length > 0 || accepted.size > 0;
  const rowsKept =
    !chosen ||
    plan.rows.every((row) => {
      const side = choices[row.id] ?? rule;
      const sameSide = !row.conflict || side === 'newer' || side === row.conflict.kept;
      return sameSide && !(row.suggestion && accepted.has(row.id));
    });
  const mapped = (rating: string) => rating !== '' && Object.hasOwn(ratings, rating);
  if (!rowsKept || Object.keys(ratings).length === 0) return rowsKept;
  return !incoming.claims.some((claim) => mapped(claim.rating));
}
