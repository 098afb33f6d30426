import type { ReviewerPairAgreement } from '../domain/claims/claim-agreement';
import type { SerializedError } from './worker-channel';

/**
 * What the page asks the library index worker, each request numbered (`serial`) so that its
 * answer finds it: the ids of the articles matching a library search, or the reviewers'
 * agreement over the library.
 */
export type LibraryIndexRequest =
  { kind: 'search'; serial: number; query: string } | { kind: 'agreement'; serial: number };

/**
 * What the worker answers, or why it could not; unasked, that claims were written since the
 * agreement was last given (ask again).
 */
export type LibraryIndexResponse =
  | { kind: 'found'; serial: number; ids: string[] }
  | { kind: 'agreement'; serial: number; figures: ReviewerPairAgreement[] }
  | { kind: 'failed'; serial: number; error: SerializedError }
  | { kind: 'agreement-changed' };
