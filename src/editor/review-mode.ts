import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Verdict } from '../domain/types';

/**
 * The DOM event the editor element receives when `c`, `d` or `u` is pressed over a non-empty
 * selection; its `detail` is the verdict.
 */
export const VERDICT_KEY_EVENT = 'verdict-key';

const VERDICT_KEYS: Record<string, Verdict> = { c: 'confirmed', d: 'disputed', u: 'unverified' };

/** The plugin key of the review mode, to find it in an editor state. */
export const reviewModeKey = new PluginKey('reviewMode');

/**
 * Keeps the article's text unchangeable while reviewing, but leaves the editor focusable with a
 * caret, so that text can be selected with Shift+arrows (a `contenteditable=false` view has no
 * caret). Verdict keys act on the selection instead of typing.
 */
export const ReviewMode = Extension.create({
  name: 'reviewMode',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: reviewModeKey,
        filterTransaction: (tr) => !tr.docChanged || tr.getMeta(reviewModeKey) === 'allow',
        props: {
          attributes: { 'aria-readonly': 'true' },
          handleKeyDown: (view, event) => {
            if (event.ctrlKey || event.metaKey || event.altKey) return false;
            const verdict = VERDICT_KEYS[event.key.toLowerCase()];
            if (verdict && !view.state.selection.empty) {
              view.dom.dispatchEvent(
                new CustomEvent<Verdict>(VERDICT_KEY_EVENT, { detail: verdict }),
              );
              return true;
            }
            return false;
          },
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
        },
      }),
    ];
  },
});
