import { recordChange, type ChangeAuthor } from '../domain/claims/change-log';
import { compactLog } from '../domain/claims/log-bound';
import type { ChangedField, Claim, ChangeKind, Tombstone } from '../domain/types';

/** Who makes a change: a person, now, with a fresh revision id. */
export function changeBy(
  by: string,
  at: string,
  kind: ChangeKind = 'edit',
  reason?: string,
): ChangeAuthor {
  return { by, at, rev: crypto.randomUUID(), kind, ...(reason ? { reason } : {}) };
}

/**
 * A claim with a person's changes applied and recorded in its log, kept within its bound
 * (src/domain/claims/log-bound.ts). The same claim object when nothing changed.
 */
export function recorded(
  claim: Claim,
  changes: Partial<Record<ChangedField, unknown>>,
  author: ChangeAuthor,
): Claim {
  const next = recordChange(claim, changes, author);
  return next === claim ? claim : { ...next, log: compactLog(next.log) };
}

/**
 * A deleted claim coming back: its log gains the deletion (who and when, from its tombstone
 * when there is one) and the restoration by `by` now.
 */
export function restoredFromDeletion(
  claim: Claim,
  tombstone: Tombstone | undefined,
  by: string,
  at: string,
): Claim {
  const deletion = changeBy(tombstone?.deletedBy ?? by, tombstone?.deletedAt ?? at, 'delete');
  return recorded(recorded(claim, {}, deletion), {}, changeBy(by, at, 'restore'));
}

/** A state's content and whether its words were found: what undo and restoration put back. */
export function contentOf(claim: Claim): Partial<Record<ChangedField, unknown>> {
  const { anchor, verdict, note, evidence, tags, claimant, claimDate, reviewState } = claim;
  const { approvedBy, approvedAt, reviewComment, rating, orphanedAt } = claim;
  return {
    ...{ anchor, verdict, note, evidence, tags, claimant, claimDate, reviewState },
    ...{ approvedBy, approvedAt, reviewComment, rating, orphanedAt },
  };
}
