import { useCallback, useMemo } from 'react';
import {
  removeEvidence,
  restoreClaimVersion,
  saveEvidence,
  updateClaim,
  type ClaimChanges,
} from '../../db/claims';
import type { ClaimVersion, Evidence } from '../../domain/types';
import { useUiStore } from '../../store/ui-store';
import { trackWrite } from '../shared/track-write';
import { writeErrorMessage } from '../shared/problem-messages';

/**
 * The writes of a claim's details (evidence, tags, claimant, date, history), each persisted at
 * once; each resolves to whether it committed, a failure also shown as a toast.
 */
export function useClaimDetailActions(claimId: string) {
  const showToast = useUiStore((s) => s.showToast);
  const run = useCallback(
    async (write: () => Promise<void>): Promise<boolean> => {
      try {
        await trackWrite(write);
        return true;
      } catch (error) {
        showToast({ message: writeErrorMessage(error), tone: 'error' });
        return false;
      }
    },
    [showToast],
  );
  return useMemo(
    () => ({
      update: (changes: ClaimChanges) => run(() => updateClaim(claimId, changes)),
      saveEvidence: (evidence: Evidence) => run(() => saveEvidence(claimId, evidence)),
      removeEvidence: (evidenceId: string) => run(() => removeEvidence(claimId, evidenceId)),
      restoreVersion: (index: number, version: ClaimVersion) =>
        run(() => restoreClaimVersion(claimId, index, version)),
    }),
    [claimId, run],
  );
}

/** The detail writes of one claim, as ClaimDetails' parts receive them. */
export type ClaimDetailActions = ReturnType<typeof useClaimDetailActions>;
