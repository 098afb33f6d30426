import { useMemo } from 'react';
import {
  removeEvidence,
  restoreClaimRevision,
  restoreClaimVersion,
  saveEvidence,
  updateClaim,
  type ClaimChanges,
} from '../../db/claims';
import type { ClaimVersion, Evidence } from '../../domain/types';
import { runWrite } from '../shared/run-write';

/** Runs a detail write; resolves to whether it committed. */
const run = async (write: () => Promise<void>) => (await runWrite(write)).ok;

/**
 * The writes of a claim's details (evidence, tags, claimant, date, log, history), each persisted at
 * once; each resolves to whether it committed, a failure also shown as a toast.
 */
export function useClaimDetailActions(claimId: string) {
  return useMemo(
    () => ({
      update: (changes: ClaimChanges) => run(() => updateClaim(claimId, changes)),
      saveEvidence: (evidence: Evidence) => run(() => saveEvidence(claimId, evidence)),
      removeEvidence: (evidenceId: string) => run(() => removeEvidence(claimId, evidenceId)),
      restoreVersion: (index: number, version: ClaimVersion) =>
        run(() => restoreClaimVersion(claimId, index, version)),
      restoreRevision: (rev: string) => run(() => restoreClaimRevision(claimId, rev)),
    }),
    [claimId],
  );
}

/** The detail writes of one claim, as ClaimDetails' parts receive them. */
export type ClaimDetailActions = ReturnType<typeof useClaimDetailActions>;
