import { problemOf, type Problem, type ProblemCode } from '../../domain/problem';
import { i18n, msg } from '../i18n/i18n';

/**
 * What each problem of the domain and storage layers says to a fact-checker, by code
 * (src/domain/problem.ts). Technical problems of an import file are not here: they stay in
 * English for the file's author.
 */
const PROBLEM_MESSAGES: Record<ProblemCode, string> = {
  'article-title-missing': msg('The article needs a title.'),
  'article-source-url': msg('The source URL must start with http:// or https://.'),
  'article-date': msg('The publication date must be a date (YYYY-MM-DD).'),
  'organisation-url': msg('The organisation URL must start with http:// or https://.'),
  'fact-check-url-template': msg(
    'The fact-check URL template must give a web address starting with http:// or https://, without spaces.',
  ),
  'fact-check-url-placeholder': msg(
    'The fact-check URL template uses {{name}}, which is not a placeholder: use {slug}, {claimId} or {articleId}.',
  ),
  'fact-check-url-claim-id': msg(
    'The fact-check URL template must include {claimId}, so that each claim has its own address.',
  ),
  'fact-check-url-missing': msg(
    'Set the fact-check URL template in Settings: ClaimReview gives each claim the address of its fact check.',
  ),
  'evidence-url': msg('Evidence links must start with http:// or https://'),
  'evidence-link-missing': msg('Add a link to save this source.'),
  'reviewer-name-missing': msg(
    'Set your reviewer name in Settings so that the approval says who approved.',
  ),
  'self-approval': msg(
    'You are approving your own claim (made by {{name}}). A second reviewer is expected.',
  ),
  'self-approval-refused': msg(
    'Approval needs a second reviewer: {{name}} made this claim, so someone else approves it.',
  ),
  'send-back-reason-missing': msg('Say why the claim goes back to draft.'),
  'review-action-closed': msg('This review step is not open for the claim in its current state.'),
  'article-missing': msg('This article no longer exists.'),
  'claim-missing': msg('This claim no longer exists.'),
  'article-deleted': msg('The article was deleted.'),
  'version-missing': msg('This version is no longer in the claim’s history.'),
  'comment-empty': msg('Write something before you post a comment.'),
  'comment-too-long': msg('A comment holds at most {{max}} characters.'),
  'comment-missing': msg('This comment no longer exists.'),
  'comment-not-yours': msg('Only {{name}}, who wrote this comment, can change or delete it.'),
  'worker-stopped': msg('the worker stopped'),
  'nothing-to-import': msg('Nothing to import.'),
  'invalid-id': msg(
    'The field {{field}} must be an id: 1 to 200 letters, digits, dots, underscores, colons, slashes or hyphens.',
  ),
  'invalid-time': msg('The field {{field}} must be a date and time.'),
  'invalid-date': msg('The field {{field}} must be a date (YYYY-MM-DD).'),
  'invalid-url': msg(
    'The field {{field}} must be a web address starting with http:// or https://.',
  ),
  'invalid-document': msg(
    'The article’s document holds something the editor cannot show ({{field}}).',
  ),
  'document-text-mismatch': msg('The document of “{{title}}” does not give the article’s text.'),
  'invalid-record': msg('The field {{field}} holds a value that cannot be stored.'),
  'rating-scale-empty': msg('The scale needs at least one rating.'),
  'rating-scale-too-long': msg('A scale holds at most {{max}} ratings (one number key each).'),
  'rating-name-missing': msg('Rating {{position}} needs a name in English and in French.'),
  'rating-colour': msg('Rating {{position}} needs a colour.'),
  'rating-symbol': msg('Rating {{position}} needs a symbol of one to three characters.'),
  'rating-value': msg('Rating {{position}} needs a rating value of 1 or more.'),
  'rating-in-use': msg(
    'Claims still use the rating “{{name}}”: choose the rating they take instead.',
  ),
  'team-url-invalid': msg(
    'The server address must start with wss:// (or ws:// for a server on this computer).',
  ),
  'team-name-invalid': msg(
    'The team name is made of lowercase letters, digits and hyphens (up to 63).',
  ),
  'token-missing': msg('Paste the access token your team’s administrator gave you.'),
  'token-too-large': msg(
    'This access token is too long to be a Verdict token. Ask your team’s administrator for a new one.',
  ),
  'token-invalid': msg(
    'The team server refused this access token. Check it, or ask your team’s administrator for a new one.',
  ),
  'token-expired': msg(
    'This access token has expired. Ask your team’s administrator for a new one.',
  ),
  'token-team-invalid': msg(
    'This access token names no valid team. Ask your team’s administrator for a new one.',
  ),
  'wrong-team': msg(
    'This access token is for another team. Check the team name, or ask for a token of this team.',
  ),
  'document-name-invalid': msg(
    'The team server refused a document name. Sync is stopped; your library stays in this browser.',
  ),
  'document-too-large': msg(
    'An article is too large for the team server. Sync is stopped; your library stays in this browser.',
  ),
  'message-too-large': msg(
    'A change is too large for the team server. Sync is stopped; your library stays in this browser.',
  ),
  'update-malformed': msg(
    'The team server refused a change it could not read. Sync is stopped; your library stays in this browser.',
  ),
};

/**
 * Why a version went into a claim's history: stored with the version as these English phrases
 * (they travel in bundles), shown translated.
 */
const HISTORY_REASONS: Record<string, string> = {
  'restored an earlier version': msg('restored an earlier version'),
  'import merge': msg('import merge'),
  'import conflict': msg('import conflict'),
  'replaced by an edit made at the same time in another tab': msg(
    'replaced by an edit made at the same time in another tab',
  ),
};

/** A problem in the UI language. */
export function problemMessage(problem: Problem): string {
  return i18n.t(PROBLEM_MESSAGES[problem.code], problem.data ?? {});
}

/** Any error in words: a problem translated by its code, else the error's own message. */
export function errorMessage(error: unknown): string {
  const problem = problemOf(error);
  if (problem) return problemMessage(problem);
  return error instanceof Error ? error.message : String(error);
}

/** Describes a failed write in words a fact-checker can act on. */
export function writeErrorMessage(error: unknown): string {
  const quota =
    error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message));
  if (quota) {
    return i18n.t(
      'Not saved: the browser has no storage space left for Verdict. Free some space or export your work.',
    );
  }
  return i18n.t('Not saved: {{detail}}', { detail: errorMessage(error) });
}

/** Why a version is in a claim's history, in the UI language (an unknown reason as it is). */
export function historyReason(reason: string): string {
  // Reasons come from imported bundles too: "toString" must not find Object.prototype's.
  return Object.hasOwn(HISTORY_REASONS, reason) ? i18n.t(HISTORY_REASONS[reason]!) : reason;
}
