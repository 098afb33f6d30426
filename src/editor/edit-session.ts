import type { Editor } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { describeAnchor, trimRange } from '../domain/anchoring/describe-anchor';
import type { AnchorUpdate, TextEdit } from '../domain/anchoring/text-edit';
import { canonicalText } from '../domain/text/canonical-text';
import { createOffsetIndex } from '../domain/text/code-points';
import type { DocumentJson } from '../domain/types';
import { trackedRanges } from './claim-tracker';
import { PositionMap } from './position-map';
import { EXTERNAL_UPDATE } from './review-mode';

/** Reads the editor's current text and the new anchors of the claims it tracks. */
export function collectTextEdit(editor: Editor): TextEdit {
  const doc = editor.getJSON() as DocumentJson;
  const positions = new PositionMap(editor.state.doc);
  const text = canonicalText(doc);
  // One index for all claims: building it scans the whole text.
  const index = createOffsetIndex(text);
  const anchors: AnchorUpdate[] = [];
  for (const [id, range] of trackedRanges(editor.state)) {
    if (!range) {
      anchors.push({ id, orphaned: true });
      continue;
    }
    const { start, end } = trimRange(
      text,
      positions.offsetAt(range.from),
      positions.offsetAt(range.to),
      index,
    );
    anchors.push(
      end > start
        ? { id, anchor: describeAnchor(text, start, end, index) }
        : { id, orphaned: true },
    );
  }
  return { doc, text, anchors };
}

/** Replaces the editor's document (outside the undo history), e.g. after another tab edited it. */
export function replaceDocument(editor: Editor, doc: DocumentJson): void {
  const { state, view } = editor;
  const next = PmNode.fromJSON(state.schema, doc);
  const tr = state.tr
    .replaceWith(0, state.doc.content.size, next.content)
    .setMeta(EXTERNAL_UPDATE, true)
    .setMeta('addToHistory', false);
  view.dispatch(tr);
}
