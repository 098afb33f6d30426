import type { ReviewState } from '../domain/types';

/** How each review state is named in the UI. */
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
};
