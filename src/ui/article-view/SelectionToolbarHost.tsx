import type { ArticleEditorInstance as Editor } from '../../editor/editor-type';
import { useEffect, useState } from 'react';
import type { Verdict } from '../../domain/types';
import { VERDICT_KEY_EVENT } from '../../editor/review-mode';
import type { KeyChoice } from '../../domain/claims/verdict-keys';
import { useRatingScale } from '../live/use-rating-scale';
import { contentPoint, type ContentPoint } from './content-point';
import { SelectionToolbar } from './SelectionToolbar';
import { NARROW, useMediaQuery } from '../shared/use-media-query';

interface Props {
  editor: Editor;
  scroller: HTMLElement | null;
  /** While the text is edited, selections make no claims. */
  editing: boolean;
  /** When a claim waits for new words: its verdict (the toolbar then offers "Attach here"). */
  attachVerdict: Verdict | null;
}

/**
 * The verdict toolbar under the editor's selection. It follows the selection in a state of its
 * own, so that selecting words re-renders the toolbar alone, never the editor around it.
 */
export function SelectionToolbarHost({ editor, scroller, editing, attachVerdict }: Props) {
  const [at, setAt] = useState<(ContentPoint & { above: number }) | null>(null);
  // On a phone the toolbar is docked at the bottom of the article, clear of the selection's
  // handles and of the system's own menu, and never off screen.
  const docked = useMediaQuery(NARROW);
  const scale = useRatingScale();

  useEffect(() => {
    const place = () => {
      const { from, to, empty } = editor.state.selection;
      if (empty || !editor.isFocused || editing || !scroller) return setAt(null);
      const coords = editor.view.coordsAtPos(to);
      const start = editor.view.coordsAtPos(from);
      const above = contentPoint(scroller, start.left, start.top - 6).top;
      setAt({ ...contentPoint(scroller, coords.left, coords.bottom + 6), above });
    };
    place();
    editor.on('selectionUpdate', place);
    editor.on('focus', place);
    editor.on('blur', place);
    return () => {
      editor.off('selectionUpdate', place);
      editor.off('focus', place);
      editor.off('blur', place);
    };
  }, [editor, scroller, editing]);

  if (!at || editing) return null;
  return (
    <SelectionToolbar
      left={at.left}
      top={at.top}
      above={at.above}
      docked={docked}
      attachVerdict={attachVerdict}
      scale={scale}
      onChoice={(choice: KeyChoice) =>
        // The same path as the verdict keys, so both behave alike.
        editor.view.dom.dispatchEvent(new CustomEvent(VERDICT_KEY_EVENT, { detail: choice }))
      }
    />
  );
}
