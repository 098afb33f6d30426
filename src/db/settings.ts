import type { ReviewerSettings } from '../domain/types';
import { db } from './database';

const REVIEWER_KEY = 'reviewer';

/** The reviewer identity of this browser (empty name until asked). */
export async function getReviewerSettings(): Promise<ReviewerSettings> {
  const row = await db.settings.get(REVIEWER_KEY);
  const value = (row?.value ?? {}) as Partial<ReviewerSettings>;
  return {
    reviewerName: value.reviewerName ?? '',
    organisationName: value.organisationName ?? '',
    organisationUrl: value.organisationUrl ?? '',
  };
}

/** Stores the reviewer identity of this browser. */
export async function saveReviewerSettings(settings: ReviewerSettings): Promise<void> {
  await db.settings.put({ key: REVIEWER_KEY, value: settings });
}

/** The name recorded on claims made or edited in this browser. */
export async function currentReviewerName(): Promise<string> {
  return (await getReviewerSettings()).reviewerName;
}
