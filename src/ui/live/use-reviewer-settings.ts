import { useLiveQuery } from 'dexie-react-hooks';
import {
  getPublishingSettings,
  getReviewerSettings,
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

/** How the desk publishes (the fact-check URL template), live (undefined while loading). */
export function usePublishingSettings() {
  return useLiveQuery(getPublishingSettings, []);
}
