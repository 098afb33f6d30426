/**
 * Why something cannot be done, as a code with the values its message needs. The domain and
 * storage layers never write sentences for people: the UI translates each code
 * (src/ui/shared/problem-messages.ts), so rewording a message never breaks its translation.
 */
export type ProblemCode =
  | 'article-title-missing'
  | 'article-source-url'
  | 'article-date'
  | 'organisation-url'
  | 'fact-check-url-template'
  | 'fact-check-url-placeholder'
  | 'fact-check-url-claim-id'
  | 'fact-check-url-missing'
  | 'evidence-url'
  | 'evidence-link-missing'
  | 'reviewer-name-missing'
  | 'self-approval'
  | 'self-approval-refused'
  | 'send-back-reason-missing'
  | 'review-action-closed'
  | 'article-missing'
  | 'claim-missing'
  | 'article-deleted'
  | 'version-missing'
  | 'comment-empty'
  | 'comment-too-long'
  | 'comment-missing'
  | 'comment-not-yours'
  | 'worker-stopped'
  | 'nothing-to-import'
  | 'invalid-id'
  | 'invalid-time'
  | 'invalid-date'
  | 'invalid-url'
  | 'invalid-document'
  | 'document-text-mismatch'
  | 'invalid-record'
  | 'rating-scale-empty'
  | 'rating-scale-too-long'
  | 'rating-name-missing'
  | 'rating-colour'
  | 'rating-symbol'
  | 'rating-value'
  | 'rating-in-use'
  | 'team-url-invalid'
  | 'team-name-invalid'
  | 'token-missing'
  | 'token-too-large'
  | 'token-invalid'
  | 'token-expired'
  | 'token-team-invalid'
  | 'wrong-team'
  | 'document-name-invalid'
  | 'document-too-large'
  | 'message-too-large'
  | 'update-malformed';

/** A problem: its code and the values its message names (a reviewer's name, a state). */
export interface Problem {
  code: ProblemCode;
  data?: Record<string, string>;
}

/** A problem with no values, or with the values its message names. */
export const problem = (code: ProblemCode, data?: Record<string, string>): Problem =>
  data ? { code, data } : { code };

/** The error the domain and storage layers throw: a problem, carried through `catch`. */
export class VerdictError extends Error {
  readonly code: ProblemCode;
  readonly data: Record<string, string>;

  constructor(code: ProblemCode, data: Record<string, string> = {}) {
    super(code);
    this.name = 'VerdictError';
    this.code = code;
    this.data = data;
  }
}

/** The problem an error carries, when it is a `VerdictError` (or one rebuilt after a worker). */
export function problemOf(error: unknown): Problem | null {
  return error instanceof VerdictError ? problem(error.code, error.data) : null;
}
