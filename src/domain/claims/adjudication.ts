import type { Claim, Verdict } from '../types';
import { recordChange, type ChangeAuthor } from './change-log';
import { unionComments } from './comments';

/** Why an adjudication's log entry exists: the reviewers and the verdicts they gave. */
export function adjudicationReason(claims: readonly Claim[]): string {
  const judged = claims.map((claim) => `${claim.createdBy || '?'}: ${claim.verdict}`);
  return `adjudication of ${judged.join('; ')}`;
}

/**
 * Two or more judgements of the same words made one claim: the kept claim takes the
 * adjudicator's verdict, in a `merge` log entry whose reason names every reviewer and the
 * verdict they gave (so the others' verdicts stay in its log), and gathers their discussions.
 * The other claims are to be deleted (with tombstones) by the caller, in the same transaction.
 */
export function adjudicate(
  kept: Claim,
  others: readonly Claim[],
  verdict: Verdict,
  author: Omit<ChangeAuthor, 'kind' | 'reason'>,
): Claim {
  const reason = adjudicationReason([kept, ...others]);
  const decided = recordChange(kept, { verdict }, { ...author, kind: 'merge', reason });
  const comments = others.reduce((all, other) => unionComments(all, other.comments), kept.comments);
  return { ...decided, comments };
}
