import { useCallback, useMemo } from 'react';
import { describeAnchor } from '../../domain/anchoring/anchor';
import type { TextEdit } from '../../domain/anchoring/text-edit';
import type { Claim, Verdict } from '../../domain/types';
import { saveArticleTextOffThread } from '../../db/text-writer';
import {
  createClaim,
  deleteClaim,
  restoreClaim,
  updateClaim,
  type ClaimChanges,
} from '../../db/claims';
import { getClaim, writeClaimState } from '../../db/claim-state';
import { useUiStore } from '../../store/ui-store';
import { useUndoStore } from '../../store/undo-store';
import { i18n, msg } from '../i18n/i18n';
import { writeErrorMessage } from './problem-messages';
import { trackWrite } from './track-write';

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

/** The claim operations of the reader, each persisted at once, errors shown as a toast. */
export function useClaimActions(articleId: string, text: string) {
  const showToast = useUiStore((s) => s.showToast);
  const selectClaim = useUiStore((s) => s.selectClaim);
  const record = useUndoStore((s) => s.record);

  const fail = useCallback(
    (error: unknown) => showToast({ message: writeErrorMessage(error), tone: 'error' }),
    [showToast],
  );

  /** Creates a claim (with `id` when the caller named it); true once it is stored. */
  const create = useCallback(
    async (start: number, end: number, verdict: Verdict, id?: string): Promise<boolean> => {
      try {
        const anchor = describeAnchor(text, start, end);
        const claim = await trackWrite(() => createClaim(articleId, anchor, verdict, id));
        record({ label: 'create', before: null, after: claim });
        selectClaim(claim.id);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [articleId, text, selectClaim, fail, record],
  );

  const update = useCallback(
    async (id: string, changes: ClaimChanges): Promise<boolean> => {
      try {
        const before = await getClaim(id);
        await trackWrite(() => updateClaim(id, changes));
        const after = await getClaim(id);
        if (before && after) record({ label: 'edit', before, after });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [fail, record],
  );

  const remove = useCallback(
    async (id: string) => {
      try {
        const claim = await trackWrite(() => deleteClaim(id));
        if (!claim) return;
        record({ label: 'delete', before: claim, after: null });
        showToast({ message: i18n.t('Claim deleted.'), tone: 'info', undoClaim: claim });
      } catch (error) {
        fail(error);
      }
    },
    [showToast, fail, record],
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

  const saveText = useCallback(
    async (edit: TextEdit, first: boolean) => {
      try {
        await trackWrite(() => saveArticleTextOffThread(articleId, edit, first));
      } catch (error) {
        fail(error);
      }
    },
    [articleId, fail],
  );

  /** Puts a claim on new words of the current text (re-attach, or re-select an approximate one). */
  const reattach = useCallback(
    (id: string, start: number, end: number) =>
      update(id, { anchor: describeAnchor(text, start, end), orphanedAt: '' }),
    [text, update],
  );

  /** Undoes (or redoes) the last claim operation of this tab; false when there is none. */
  const step = useCallback(
    async (direction: 'undo' | 'redo'): Promise<boolean> => {
      const { popUndo, popRedo } = useUndoStore.getState();
      const write = direction === 'undo' ? popUndo() : popRedo();
      if (!write) return false;
      const id = (write.after ?? write.before)!.id;
      try {
        await trackWrite(() => writeClaimState(id, write.after));
        if (write.after) selectClaim(write.after.id);
        showToast({ message: stepMessage(direction, write.label), tone: 'info' });
      } catch (error) {
        fail(error);
      }
      return true;
    },
    [selectClaim, showToast, fail],
  );

  return useMemo(
    () => ({ create, update, remove, restore, saveText, reattach, step }),
    [create, update, remove, restore, saveText, reattach, step],
  );
}
