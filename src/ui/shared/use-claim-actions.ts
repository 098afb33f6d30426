import { useCallback, useMemo } from 'react';
import { describeAnchor } from '../../domain/anchoring/describe-anchor';
import type { TextEdit } from '../../domain/anchoring/text-edit';
import type { Claim } from '../../domain/types';
import type { Mark } from '../../domain/claims/rating-scale';
import { saveArticleTextOffThread } from '../../db/text-writer';
import {
  createClaim,
  deleteClaim,
  getClaim,
  reattachClaim,
  restoreClaim,
  updateClaim,
  type ClaimChanges,
} from '../../db/claims';
import { writeClaimState } from '../../db/claim-undo';
import { useUiStore } from '../../store/ui-store';
import { useUndoStore } from '../../store/undo-store';
import { i18n, msg } from '../i18n/i18n';
import { runWrite } from './run-write';

/** What the toast says after undoing or redoing each kind of claim operation. */
const STEP_MESSAGES: Record<'undo' | 'redo', Record<string, string>> = {
  undo: {
    create: msg('Undone: create claim.'),
    edit: msg('Undone: edit claim.'),
    delete: msg('Undone: delete claim.'),
    restore: msg('Undone: restore claim.'),
  },
  redo: {
    create: msg('Redone: create claim.'),
    edit: msg('Redone: edit claim.'),
    delete: msg('Redone: delete claim.'),
    restore: msg('Redone: restore claim.'),
  },
};

function stepMessage(direction: 'undo' | 'redo', label: string): string {
  const known = STEP_MESSAGES[direction][label];
  if (known) return i18n.t(known);
  return direction === 'undo'
    ? i18n.t('Undone: {{operation}} claim.', { operation: label })
    : i18n.t('Redone: {{operation}} claim.', { operation: label });
}

/**
 * Restores a deleted claim (the toast's Undo), records it for undo and selects it; false when
 * the write failed (already reported).
 */
export async function restoreDeletedClaim(claim: Claim): Promise<boolean> {
  const outcome = await runWrite(() => restoreClaim(claim));
  if (!outcome.ok) return false;
  useUndoStore.getState().record({ label: 'restore', before: null, after: claim });
  useUiStore.getState().selectClaim(claim.id);
  return true;
}

/** The claim operations of the reader, each persisted at once, errors shown as a toast. */
export function useClaimActions(articleId: string, text: string) {
  const showToast = useUiStore((s) => s.showToast);
  const selectClaim = useUiStore((s) => s.selectClaim);
  const record = useUndoStore((s) => s.record);

  /** Creates a claim (with `id` when the caller named it); true once it is stored. */
  const create = useCallback(
    async (start: number, end: number, mark: Mark, id?: string): Promise<boolean> => {
      const outcome = await runWrite(() =>
        createClaim(articleId, describeAnchor(text, start, end), mark.verdict, id, mark.rating),
      );
      if (!outcome.ok) return false;
      record({ label: 'create', before: null, after: outcome.value });
      selectClaim(outcome.value.id);
      return true;
    },
    [articleId, text, selectClaim, record],
  );

  /** Writes a change to a claim and records it for undo; true once it is stored. */
  const track = useCallback(
    async (id: string, write: () => Promise<void>): Promise<boolean> => {
      const outcome = await runWrite(async () => {
        const before = await getClaim(id);
        await write();
        return { before, after: await getClaim(id) };
      });
      if (!outcome.ok) return false;
      const { before, after } = outcome.value;
      if (before && after && before.rev !== after.rev) record({ label: 'edit', before, after });
      return true;
    },
    [record],
  );

  const update = useCallback(
    (id: string, changes: ClaimChanges) => track(id, () => updateClaim(id, changes)),
    [track],
  );

  const remove = useCallback(
    async (id: string) => {
      const outcome = await runWrite(() => deleteClaim(id));
      const claim = outcome.ok ? outcome.value : null;
      if (!claim) return;
      record({ label: 'delete', before: claim, after: null });
      showToast({ message: i18n.t('Claim deleted.'), tone: 'info', undoClaim: claim });
    },
    [showToast, record],
  );

  const saveText = useCallback(
    async (edit: TextEdit, first: boolean) => {
      await runWrite(() => saveArticleTextOffThread(articleId, edit, first));
    },
    [articleId],
  );

  /** Puts a claim on new words of the current text (re-attach, or re-select an approximate one). */
  const reattach = useCallback(
    (id: string, start: number, end: number) =>
      track(id, () => reattachClaim(id, describeAnchor(text, start, end))),
    [text, track],
  );

  /** Undoes (or redoes) the last claim operation of this tab; false when there is none. */
  const step = useCallback(
    async (direction: 'undo' | 'redo'): Promise<boolean> => {
      const { popUndo, popRedo } = useUndoStore.getState();
      const write = direction === 'undo' ? popUndo() : popRedo();
      if (!write) return false;
      const id = (write.after ?? write.before)!.id;
      const outcome = await runWrite(() => writeClaimState(id, write.after));
      if (!outcome.ok) return true;
      if (write.after) selectClaim(write.after.id);
      showToast({ message: stepMessage(direction, write.label), tone: 'info' });
      return true;
    },
    [selectClaim, showToast],
  );

  return useMemo(
    () => ({ create, update, remove, saveText, reattach, step }),
    [create, update, remove, saveText, reattach, step],
  );
}
