import { keyChoice } from '../../domain/claims/verdict-keys';
import { markForKey } from '../../domain/claims/rating-scale';
import type { RatingScale } from '../../domain/claims/ratings';
import { useEffect, useEffectEvent } from 'react';
import type { AnchoredClaim } from '../article-view/anchored-claim';
import { i18n } from '../i18n/i18n';
import { isTypingTarget } from '../shared/is-typing-target';
import { selectedClaimOnScreen } from './claim-on-screen';
import type { useClaimActions } from '../shared/use-claim-actions';

interface Options {
  /** Claims in reading order (those found in the text). */
  claims: AnchoredClaim[];
  selectedClaimId: string | null;
  select: (id: string) => void;
  actions: ReturnType<typeof useClaimActions>;
  openHelp: () => void;
  /** Says politely why a key did nothing. */
  say: (message: string) => void;
  /** False while the text is being edited: the editor owns the keys then. */
  enabled: boolean;
  /** The organisation's scale: number keys give its ratings. */
  scale: RatingScale;
}

/**
 * The reader's keyboard review: j/k next/previous claim, c/d/u verdict (1–9 rating) of the
 * selected claim when it is on screen (otherwise the key changes nothing and says why), e its
 * rationale, Delete it, Ctrl+Z / Ctrl+Shift+Z undo/redo claim operations, ? the list. Nothing
 * fires while the user types in a field.
 */
export function useReviewShortcuts(options: Options): void {
  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    const { claims, selectedClaimId, select, actions } = options;
    if (!options.enabled || isTypingTarget(e.target) || e.altKey) return;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && (key === 'z' || key === 'y')) {
      e.preventDefault();
      void actions.step(key === 'y' || e.shiftKey ? 'redo' : 'undo');
      return;
    }
    // The article's own handlers (verdict keys over a selection, Enter on a claim) came first.
    if (mod || e.defaultPrevented) return;
    const at = claims.findIndex((a) => a.claim.id === selectedClaimId);
    const current = claims[at]?.claim;
    if (key === 'j' || key === 'k') {
      e.preventDefault();
      const next = key === 'j' ? (at < 0 ? 0 : at + 1) : at < 0 ? claims.length - 1 : at - 1;
      const target = claims[Math.min(Math.max(next, 0), claims.length - 1)];
      if (target) select(target.claim.id);
    } else if (keyChoice(key)) {
      const mark = markForKey(keyChoice(key)!, options.scale);
      if (!mark) return;
      e.preventDefault();
      // With no words selected, a verdict key re-judges the selected claim, and only one in sight.
      if (!current) options.say(i18n.t('No claim is selected: select words to mark a new claim.'));
      else if (!selectedClaimOnScreen(current.id)) {
        options.say(
          i18n.t(
            'The selected claim is not on screen, so its verdict was not changed. Show it first (J, K or a click).',
          ),
        );
      } else void actions.update(current.id, mark);
    } else if (key === 'e' && current) {
      e.preventDefault();
      const field = document.querySelector<HTMLTextAreaElement>(
        `[data-claim-id="${current.id}"] textarea`,
      );
      field?.focus();
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && current) {
      e.preventDefault();
      void actions.remove(current.id);
    } else if (e.key === '?') {
      e.preventDefault();
      options.openHelp();
    }
  });

  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
