import { VerdictError } from '../domain/problem';
import { secondReviewerByDefault } from '../domain/claims/approval';
import { cleanReviewerSettings, reviewerSettingsProblems } from '../domain/claims/reviewer';
import { factCheckTemplateProblems } from '../domain/claims/fact-check-url';
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

/** Stores the reviewer identity of this browser, trimmed; refuses an organisation URL that is not http(s). */
export async function saveReviewerSettings(settings: ReviewerSettings): Promise<void> {
  const problem = reviewerSettingsProblems(settings)[0];
  if (problem) throw new VerdictError(problem.code, problem.data);
  await db.settings.put({ key: REVIEWER_KEY, value: cleanReviewerSettings(settings) });
}

/** The name recorded on claims made or edited in this browser. */
export async function currentReviewerName(): Promise<string> {
  return (await getReviewerSettings()).reviewerName;
}

const PROMPT_DISMISSED_KEY = 'reviewerPromptDismissed';

/** Whether the reviewer chose not to be asked for their name again in this browser. */
export async function isReviewerPromptDismissed(): Promise<boolean> {
  return (await db.settings.get(PROMPT_DISMISSED_KEY))?.value === true;
}

/** Stops asking for the reviewer's name in this browser (the Settings dialog still sets it). */
export async function dismissReviewerPrompt(): Promise<void> {
  await db.settings.put({ key: PROMPT_DISMISSED_KEY, value: true });
}

const SECOND_REVIEWER_KEY = 'secondReviewer';

/**
 * Whether approving a claim needs a second reviewer (its author cannot approve it): the choice
 * made in Settings, else on once the library holds claims by more than one reviewer.
 */
export async function getSecondReviewerRule(): Promise<boolean> {
  return db.transaction('r', db.settings, db.claims, async () => {
    const stored = (await db.settings.get(SECOND_REVIEWER_KEY))?.value;
    if (typeof stored === 'boolean') return stored;
    // Stops at the second name: a desk's library answers after a few claims.
    const names = new Set<string>();
    await db.claims
      .toCollection()
      .until(() => names.size > 1)
      .each((claim) => {
        const name = claim.createdBy.trim().toLowerCase();
        if (name !== '') names.add(name);
      });
    return secondReviewerByDefault([...names].map((createdBy) => ({ createdBy })));
  });
}

/** Stores the choice of the second-reviewer rule (it no longer follows the library). */
export async function saveSecondReviewerRule(on: boolean): Promise<void> {
  await db.settings.put({ key: SECOND_REVIEWER_KEY, value: on });
}

const PUBLISHING_KEY = 'publishing';

/** How the desk publishes: the template of its fact-check addresses ('' until set). */
export interface PublishingSettings {
  factCheckUrlTemplate: string;
}

/** This browser's publishing settings. */
export async function getPublishingSettings(): Promise<PublishingSettings> {
  const value = ((await db.settings.get(PUBLISHING_KEY))?.value ??
    {}) as Partial<PublishingSettings>;
  return { factCheckUrlTemplate: value.factCheckUrlTemplate ?? '' };
}

/** Stores the publishing settings, trimmed; refuses a template that gives no valid address. */
export async function savePublishingSettings(settings: PublishingSettings): Promise<void> {
  const factCheckUrlTemplate = settings.factCheckUrlTemplate.trim();
  const problem = factCheckTemplateProblems(factCheckUrlTemplate)[0];
  if (problem) throw new VerdictError(problem.code, problem.data);
  await db.settings.put({ key: PUBLISHING_KEY, value: { factCheckUrlTemplate } });
}
