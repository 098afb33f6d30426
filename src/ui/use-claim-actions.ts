import { useCallback } from 'react';
import { describeAnchor } from '../domain/anchor';
import type { Claim, Verdict } from '../domain/types';
import {
  createClaim,
  deleteClaim,
  restoreClaim,
  updateClaim,
  type ClaimChanges,
} from '../db/claims';
import { useUiStore } from '../store/ui-store';
import { trackWrite } from './track-write';

/** Describes a failed write in words a fact-checker can act on. */
export function writeErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message))) {
    return 'Not saved: the browser has no storage space left for Verdict. Free some space or export your work.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Not saved: ${detail}`;
}

/** The claim operations of the reader, each persisted at once, errors shown as a toast. */
export function useClaimActions(articleId: string, text: string) {
  const showToast = useUiStore((s) => s.showToast);
  const selectClaim = useUiStore((s) => s.selectClaim);

  const fail = useCallback(
    (error: unknown) => showToast({ message: writeErrorMessage(error), tone: 'error' }),
    [showToast],
  );

  const create = useCallback(
    async (start: number, end: number, verdict: Verdict) => {
      try {
        const anchor = describeAnchor(text, start, end);
        const claim = await trackWrite(() => createClaim(articleId, anchor, verdict));
        selectClaim(claim.id);
      } catch (error) {
        fail(error);
      }
    },
    [articleId, text, selectClaim, fail],
  );

  const update = useCallback(
    async (id: string, changes: ClaimChanges): Promise<boolean> => {
      try {
        await trackWrite(() => updateClaim(id, changes));
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [fail],
  );

  const remove = useCallback(
    async (id: string) => {
      try {
        const claim = await trackWrite(() => deleteClaim(id));
        if (claim) showToast({ message: 'Claim deleted.', tone: 'info', undoClaim: claim });
      } catch (error) {
        fail(error);
      }
    },
    [showToast, fail],
  );

  const restore = useCallback(
    async (claim: Claim) => {
      try {
        await trackWrite(() => restoreClaim(claim));
        selectClaim(claim.id);
      } catch (error) {
        fail(error);
      }
    },
    [selectClaim, fail],
  );

  return { create, update, remove, restore };
}
