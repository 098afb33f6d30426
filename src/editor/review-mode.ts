import { keyChoice, type KeyChoice } from '../domain/claims/verdict-keys';
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Transaction meta marking a document replaced from outside (another tab), allowed while reviewing. */
export const EXTERNAL_UPDATE = 'verdict-external-update';

/**
 * The DOM event the editor element receives when `c`, `d`, `u` or `1`–`9` is pressed over a
 * non-empty selection while reviewing; its `detail` is the key's `KeyChoice` (a verdict, or the
 * nth rating of the scale, which the article view resolves).
 */
export const VERDICT_KEY_EVENT = 'verdict-key';

/** The plugin key of the review mode, to find it in an editor state. */
export const reviewModeKey = new PluginKey<{ editing: boolean }>('reviewMode');

/** Whether the article's text is being edited (rather than reviewed). */
export const isEditingText = (state: EditorState): boolean =>
  reviewModeKey.getState(state)?.editing ?? false;

/**
 * Takes in the DOM selection now: ProseMirror reads a keyboard-made selection on the next
 * `selectionchange`, and a verdict key pressed sooner must not act on the older selection.
 */
function syncDomSelection(view: EditorView): void {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return;
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
    const current = view.state.selection;
    if (anchor === current.anchor && head === current.head) return;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
  } catch {
    // A DOM position ProseMirror cannot map: keep its own selection.
  }
}

/**
 * Keeps the article's text unchangeable while reviewing, but leaves the editor focusable with a
 * caret, so that text can be selected with Shift+arrows (a `contenteditable=false` view has no
 * caret). Verdict keys act on the selection instead of typing. Switch to editing with a
 * transaction carrying `setMeta(reviewModeKey, { editing: true })`.
 */
export const ReviewMode = Extension.create({
  name: 'reviewMode',

  addProseMirrorPlugins() {
    return [
      new Plugin<{ editing: boolean }>({
        key: reviewModeKey,
        state: {
          init: () => ({ editing: false }),
          apply: (tr, value) => (tr.getMeta(reviewModeKey) as { editing: boolean }) ?? value,
        },
        filterTransaction: (tr, state) =>
          !tr.docChanged || isEditingText(state) || tr.getMeta(EXTERNAL_UPDATE) === true,
        props: {
          attributes: (state) => ({ 'aria-readonly': isEditingText(state) ? 'false' : 'true' }),
          handleKeyDown: (view, event) => {
            if (isEditingText(view.state)) return false;
            if (event.ctrlKey || event.metaKey || event.altKey) return false;
            const choice = keyChoice(event.key);
            if (choice) syncDomSelection(view);
            if (choice && !view.state.selection.empty) {
              view.dom.dispatchEvent(
                new CustomEvent<KeyChoice>(VERDICT_KEY_EVENT, { detail: choice }),
              );
              return true;
            }
            return false;
          },
          handleTextInput: (view) => !isEditingText(view.state),
          handlePaste: (view) => !isEditingText(view.state),
          handleDrop: (view) => !isEditingText(view.state),
        },
      }),
    ];
  },
});
