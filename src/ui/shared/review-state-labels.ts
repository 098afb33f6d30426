import type { ReviewState } from '../../domain/types';
import { msg } from '../i18n/i18n';

/** How each review state is named in the UI (English keys, translated with `t()` when shown). */
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: msg('Draft'),
  'in-review': msg('In review'),
  approved: msg('Approved'),
};

/** A number of claims in each review state ("3 draft"), as plural message keys. */
export const REVIEW_STATE_COUNTS: Record<ReviewState, string> = {
  draft: msg('{{count}} draft'),
  'in-review': msg('{{count}} in review'),
  approved: msg('{{count}} approved'),
};
