import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import type { ArticleEditorInstance, Transaction } from '../../editor/editor-type';
import { trackClaims, trackedRanges, type TrackedRange } from '../../editor/claim-tracker';
import { collectTextEdit } from '../../editor/edit-session';
import type { TextEdit } from '../../domain/anchoring/text-edit';
import type { HighlightPainter, PaintedClaim } from '../../editor/highlight-painter';
import { reviewModeKey } from '../../editor/review-mode';
import type { RatingScale } from '../../domain/claims/ratings';
import type { Claim } from '../../domain/types';
import type { AnchoredClaim } from './anchored-claim';
import { paintStyle } from './rating-highlight';

const SAVE_DELAY_MS = 500;

interface Options {
  editor: ArticleEditorInstance;
  painter: HighlightPainter | null;
  editing: boolean;
  anchored: AnchoredClaim[];
  /** The article's claims as stored (verdicts of claims being located too). */
  claims: readonly Claim[];
  /** The organisation's scale: a rated claim is tinted with its rating's colour. */
  scale: RatingScale;
  painted: PaintedClaim[];
  /** The claim selected now (read when painting). */
  selected: () => string | null;
  /** The document changed while reviewing (another tab's text): positions must follow. */
  onReviewedDocChange: () => void;
  /** Persists an edited text; `first` is true for the first save of an editing session. */
  onSaveText: (edit: TextEdit, first: boolean) => Promise<void>;
}

/**
 * Edit mode: entering it tracks every claim's range through each transaction, typing repaints
 * the tracked claims and saves the text 500 ms after the last change (and when editing ends or
 * the reader closes), the first save of a session keeping the previous text in its history.
 */
export function useEditSession(options: Options): void {
  const { editor, editing } = options;
  const saveTimer = useRef<number | undefined>(undefined);
  const savedInSession = useRef(false);

  const styleOf = useMemo(
    () => new Map(options.claims.map((claim) => [claim.id, paintStyle(claim, options.scale)])),
    [options.claims, options.scale],
  );
  const paintTracked = useEffectEvent(() => {
    const claims: PaintedClaim[] = [];
    for (const [id, range] of trackedRanges(editor.state)) {
      const style = styleOf.get(id);
      if (range && style) claims.push({ id, ...style, ...range });
    }
    options.painter?.setClaims(claims, options.selected());
  });

  const saveNow = useEffectEvent(async () => {
    window.clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
    const first = !savedInSession.current;
    savedInSession.current = true;
    await options.onSaveText(collectTextEdit(editor), first);
  });

  const onDocChanged = useEffectEvent(({ transaction }: { transaction: Transaction }) => {
    // While editing, positions and the minimap wait until editing ends: rebuilding them (and
    // measuring every block) at each keystroke would cost more than the keystroke itself.
    if (!editing) return options.onReviewedDocChange();
    options.painter?.follow(transaction);
    paintTracked();
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => void saveNow(), SAVE_DELAY_MS);
  });

  // Entering edit mode: track every painted claim (and the orphans) from here on.
  const switchMode = useEffectEvent((next: boolean) => {
    let tr = editor.state.tr.setMeta(reviewModeKey, { editing: next });
    if (next) {
      const ranges = new Map<string, TrackedRange>(options.anchored.map((a) => [a.claim.id, null]));
      for (const claim of options.painted) ranges.set(claim.id, { from: claim.from, to: claim.to });
      tr = trackClaims(tr, ranges);
      savedInSession.current = false;
    } else if (saveTimer.current !== undefined) {
      void saveNow();
    }
    editor.view.dispatch(tr);
    if (next) editor.commands.focus();
  });

  useEffect(() => {
    switchMode(editing);
  }, [editing]);

  useEffect(() => {
    editor.on('update', onDocChanged);
    return () => {
      editor.off('update', onDocChanged);
    };
  }, [editor]);

  // Leaving the page with unsaved typing: save it first.
  useEffect(
    () => () => {
      if (saveTimer.current !== undefined) void saveNow();
    },
    [],
  );
}
