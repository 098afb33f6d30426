import { isWebUrl } from './article-meta';
import type { ReviewerSettings } from '../types';

/** What is wrong with a reviewer identity, as messages for the form (empty when valid). */
export function reviewerSettingsProblems(settings: ReviewerSettings): string[] {
  const url = settings.organisationUrl.trim();
  return url !== '' && !isWebUrl(url)
    ? ['The organisation URL must start with http:// or https://.']
    : [];
}

/** A reviewer identity ready to store: its fields trimmed. */
export function cleanReviewerSettings(settings: ReviewerSettings): ReviewerSettings {
  return {
    reviewerName: settings.reviewerName.trim(),
    organisationName: settings.organisationName.trim(),
    organisationUrl: settings.organisationUrl.trim(),
  };
}
