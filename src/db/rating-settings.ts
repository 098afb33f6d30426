import { VerdictError } from '../domain/problem';
import {
  cleanRatingScale,
  ratingScaleProblems,
  removedInUse,
  replacementMark,
  type Replacements,
} from '../domain/claims/rating-scale';
import { VERDICT_SCALE, type RatingScale } from '../domain/claims/ratings';
import { updateClaim } from './claims';
import { db } from './database';
import { storedRule } from './stored-rule';

const RATING_SCALE_KEY = 'ratingScale';

/** Whether a stored value has the shape of a scale (it was validated when written). */
const isScale = (value: unknown): value is RatingScale =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as RatingScale).id === 'string' &&
  Array.isArray((value as RatingScale).ratings) &&
  (value as RatingScale).ratings.length > 0;

/** The organisation's rating scale in this library: the three verdicts until one is chosen. */
export async function getRatingScale(): Promise<RatingScale> {
  const value = (await db.settings.get(RATING_SCALE_KEY))?.value;
  return isScale(value) ? value : VERDICT_SCALE;
}

/** How many claims carry each rating (claims with the verdict alone are not counted). */
export async function ratingUse(): Promise<Map<string, number>> {
  const use = new Map<string, number>();
  await db.claims.each((claim) => {
    if (claim.rating) use.set(claim.rating, (use.get(claim.rating) ?? 0) + 1);
  });
  return use;
}

/**
 * Stores the rating scale, and gives the claims of each rating it no longer has the replacement
 * chosen for it (a rating's id, or '' for the verdict alone), in one transaction. Refuses a scale
 * with a problem, and a removed rating still in use without a replacement on the new scale.
 */
export async function saveRatingScale(
  scale: RatingScale,
  replacements: Replacements = {},
): Promise<void> {
  const problem = ratingScaleProblems(scale)[0];
  if (problem) throw new VerdictError(problem.code, problem.data);
  const { storedRatingScale } = await storedRule();
  const next = storedRatingScale(cleanRatingScale(scale));
  await db.transaction('rw', db.articles, db.claims, db.settings, async () => {
    const before = await getRatingScale();
    const removed = removedInUse(before, next, await ratingUse());
    const gone = new Set(removed.map((r) => r.rating.id));
    for (const { rating } of removed) {
      const replacement = replacements[rating.id];
      if (replacement === undefined || (replacement !== '' && gone.has(replacement))) {
        throw new VerdictError('rating-in-use', { name: rating.names.en });
      }
    }
    const claims = await db.claims.filter((claim) => gone.has(claim.rating)).toArray();
    for (const claim of claims) {
      const mark = replacementMark(claim, replacements[claim.rating]!, next);
      if (!mark) throw new VerdictError('rating-in-use', { name: claim.rating });
      await updateClaim(claim.id, mark);
    }
    await db.settings.put({ key: RATING_SCALE_KEY, value: next });
  });
}
