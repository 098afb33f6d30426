import type { ArticleEditorInstance as Editor } from '../../editor/editor-type';
import { useEffect, useState } from 'react';
import type { Verdict } from '../../domain/types';
import { VERDICT_KEY_EVENT } from '../../editor/review-mode';
import { contentPoint, type ContentPoint } from './content-point';
import { SelectionToolbar } from './SelectionToolbar';

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
  const [at, setAt] = useState<ContentPoint | null>(null);

  useEffect(() => {
    const place = () => {
      const { to, empty } = editor.state.selection;
      if (empty || !editor.isFocused || editing || !scroller) return setAt(null);
      const coords = editor.view.coordsAtPos(to);
      setAt(contentPoint(scroller, coords.left, coords.bottom + 6));
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
      attachVerdict={attachVerdict}
      onVerdict={(verdict) =>
        // The same path as the verdict keys, so both behave alike.
        editor.view.dom.dispatchEvent(new CustomEvent(VERDICT_KEY_EVENT, { detail: verdict }))
      }
    />
  );
}
