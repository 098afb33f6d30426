import { isWebUrl } from './article-meta';
import { problem, type Problem } from '../problem';
import type { ReviewerSettings } from '../types';

/** What is wrong with a reviewer identity, for the form (empty when valid). */
export function reviewerSettingsProblems(settings: ReviewerSettings): Problem[] {
  const url = settings.organisationUrl.trim();
  return url !== '' && !isWebUrl(url) ? [problem('organisation-url')] : [];
}

/** A reviewer identity ready to store: its fields trimmed. */
export function cleanReviewerSettings(settings: ReviewerSettings): ReviewerSettings {
  return {
    reviewerName: settings.reviewerName.trim(),
    organisationName: settings.organisationName.trim(),
    organisationUrl: settings.organisationUrl.trim(),
  };
}
