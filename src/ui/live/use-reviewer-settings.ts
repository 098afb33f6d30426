import { useLiveQuery } from 'dexie-react-hooks';
import {
  getPublishingSettings,
  getReviewerSettings,
  getSecondReviewerRule,
  isReviewerPromptDismissed,
} from '../../db/settings';

/** The reviewer identity of this browser, live (undefined while loading). */
export function useReviewerSettings() {
  return useLiveQuery(getReviewerSettings, []);
}

/** Whether the reviewer said not to be asked for their name again, live (undefined while loading). */
export function useReviewerPromptDismissed() {
  return useLiveQuery(isReviewerPromptDismissed, []);
}

/** Whether approving needs a second reviewer, live (undefined while loading). */
export function useSecondReviewerRule() {
  return useLiveQuery(getSecondReviewerRule, []);
}

/** How the desk publishes (the fact-check URL template), live (undefined while loading). */
export function usePublishingSettings() {
  return useLiveQuery(getPublishingSettings, []);
}
