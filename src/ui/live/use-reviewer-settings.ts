import { useLiveQuery } from 'dexie-react-hooks';
import {
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
