import type { ArticleEditorInstance as Editor } from '../../editor/editor-type';
import { useEffect, useEffectEvent, useRef } from 'react';
import { trackedRanges } from '../../editor/claim-tracker';
import type { HighlightPainter, PaintedClaim } from '../../editor/highlight-painter';
import { useUiStore } from '../../store/ui-store';
import { scrollToThird } from './content-point';

interface Props {
  editor: Editor;
  painter: HighlightPainter | null;
  scroller: HTMLElement | null;
  /** The claims as painted while reviewing (while editing, the tracked ranges count). */
  painted: PaintedClaim[];
  editing: boolean;
}

/**
 * Follows the selected claim in the article: marks it, and scrolls to it when it is not in view
 * (a claim chosen in the panel, with the keys, from All claims, brought back by an undo). A
 * component of its own (rendering nothing), so that a new selection re-renders only this.
 */
export function ClaimFocus({ editor, painter, scroller, painted, editing }: Props) {
  const selectedClaimId = useUiStore((s) => s.selectedClaimId);
  const scrollRequest = useUiStore((s) => s.scrollRequest);

  useEffect(() => {
    painter?.setSelected(selectedClaimId);
  }, [painter, selectedClaimId]);

  // Each new selection, and each request to show the selected claim again, scrolls to it if it
  // is out of view. It waits until its claim is painted (an article opened at a claim loads its
  // claims after the request); it is dropped when another claim gets selected meanwhile.
  const pendingScroll = useRef<{ request: number; claimId: string | null } | null>(null);
  const scrollToSelected = useEffectEvent((): boolean => {
    const range = editing ? trackedRanges(editor.state).get(selectedClaimId ?? '') : null;
    const target = range ?? painted.find((c) => c.id === selectedClaimId);
    if (!target || !scroller) return false;
    const start = editor.view.coordsAtPos(target.from);
    const end = editor.view.coordsAtPos(target.to);
    const box = scroller.getBoundingClientRect();
    if (start.top >= box.top && end.bottom <= box.top + scroller.clientHeight) return true;
    scrollToThird(scroller, start.top);
    // The scroll event paints on the next frame; paint now so the target is marked on arrival.
    painter?.repaint();
    return true;
  });

  useEffect(() => {
    pendingScroll.current = selectedClaimId
      ? { request: scrollRequest, claimId: selectedClaimId }
      : null;
  }, [scrollRequest, selectedClaimId]);

  useEffect(() => {
    const pending = pendingScroll.current;
    if (!pending) return;
    if (pending.claimId !== selectedClaimId) pendingScroll.current = null;
    else if (scrollToSelected()) pendingScroll.current = null;
  }, [scrollRequest, selectedClaimId, painted, painter, scroller]);

  return null;
}
