import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getClaim, type ClaimChanges } from '../../db/claims';
import { breaksApproval } from '../../domain/claims/approval';
import type { Claim } from '../../domain/types';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import type { useClaimActions } from '../shared/use-claim-actions';
import { REVIEW_STATE_LABELS } from '../shared/review-state-labels';

type ClaimActions = ReturnType<typeof useClaimActions>;

/**
 * The claim operations with approvals that hold: changing the verdict, the words or the
 * rationale of an approved claim first asks, saying that the claim goes back to "in review"
 * (the write then records both changes, src/db/claims.ts). Declined, nothing changes and the
 * operation resolves to false. Returns the guarded operations and the question to render.
 */
export function useApprovalGuard(actions: ClaimActions): {
  actions: ClaimActions;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Claim | null>(null);
  const answer = useRef<((ok: boolean) => void) | null>(null);

  const ask = useCallback(async (id: string, breaks: (claim: Claim) => boolean) => {
    const claim = await getClaim(id);
    if (!claim || !breaks(claim)) return true;
    // One question at a time: a second change asked meanwhile is declined.
    if (answer.current) return false;
    return new Promise<boolean>((resolve) => {
      answer.current = resolve;
      setAsking(claim);
    });
  }, []);

  const reply = (ok: boolean) => {
    answer.current?.(ok);
    answer.current = null;
    setAsking(null);
  };

  const guarded = useMemo<ClaimActions>(
    () => ({
      ...actions,
      update: async (id: string, changes: ClaimChanges) =>
        (await ask(id, (claim) => breaksApproval(claim, changes))) && actions.update(id, changes),
      reattach: async (id: string, start: number, end: number) =>
        (await ask(id, (claim) => claim.reviewState === 'approved')) &&
        actions.reattach(id, start, end),
    }),
    [actions, ask],
  );

  const dialog = asking && (
    <ConfirmDialog
      title={t('Change an approved claim?')}
      message={t(
        '“{{quote}}” was approved by {{name}}. Changing its verdict, words or rationale sends it back to “{{state}}”; the change is recorded in its log.',
        {
          quote: asking.anchor.exact,
          name: asking.approvedBy || t('Someone'),
          state: t(REVIEW_STATE_LABELS['in-review']),
        },
      )}
      confirmLabel={t('Change and send back to review')}
      onConfirm={() => reply(true)}
      onCancel={() => reply(false)}
    />
  );
  return { actions: guarded, dialog };
}
