import type { Claim, ChangedField } from '../types';

/**
 * The content a claim had at a revision of its log, as the fields to change from its current
 * state (empty at the current revision; undefined when the log does not list that revision).
 * Undoes the later entries, newest first. Whether the words are found in the text is decided by
 * the text, never restored.
 */
export function stateAtRevision(
  claim: Pick<Claim, 'log' | 'rev'>,
  rev: string,
): Partial<Record<ChangedField, unknown>> | undefined {
  const index = claim.log.findIndex((entry) => entry.rev === rev);
  if (index < 0) return undefined;
  const state: Partial<Record<ChangedField, unknown>> = {};
  for (const entry of claim.log.slice(index + 1).reverse()) {
    for (const change of entry.fields) {
      if (change.field !== 'orphanedAt') state[change.field] = change.before;
    }
  }
  return state;
}

const RESTORED_PREFIX = 'restored revision ';

/** The reason a restoration of an earlier state records: the revision it went back to. */
export const restoredReason = (rev: string): string => `${RESTORED_PREFIX}${rev}`;

/** The revision a restoration went back to, from its reason (null for other reasons). */
export const restoredRevision = (reason: string | undefined): string | null =>
  reason?.startsWith(RESTORED_PREFIX) ? reason.slice(RESTORED_PREFIX.length) : null;
