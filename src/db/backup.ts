import { buildBundle, type Bundle } from '../domain/exchange/bundle';
import { readSnapshot } from './exchange';
import { getReviewerSettings } from './settings';
import { isDefaultScale } from '../domain/claims/rating-scale';
import { getRatingScale } from './rating-settings';

/**
 * The bundle of the whole library (`articleId` null) or of one article, signed by this browser's
 * reviewer: what "Download a backup" and the bundle export write.
 */
export async function readBackup(articleId: string | null, now: Date): Promise<Bundle> {
  const data = await readSnapshot(articleId ?? undefined);
  const { reviewerName } = await getReviewerSettings();
  const scale = await getRatingScale();
  return buildBundle({
    ...data,
    exportedBy: reviewerName,
    now: now.toISOString(),
    // The scale travels when it is not the default, so that the claims' ratings keep a meaning.
    ...(isDefaultScale(scale) ? {} : { ratingScale: scale }),
  });
}
