import { useLiveQuery } from 'dexie-react-hooks';
import { VERDICT_SCALE } from '../../domain/claims/ratings';
import { getRatingScale, ratingUse } from '../../db/rating-settings';

/** The organisation's rating scale, live (the three verdicts while it loads). */
export function useRatingScale() {
  return useLiveQuery(getRatingScale, []) ?? VERDICT_SCALE;
}

/** How many claims carry each rating, live (undefined while loading). */
export function useRatingUse() {
  return useLiveQuery(ratingUse, []);
}
