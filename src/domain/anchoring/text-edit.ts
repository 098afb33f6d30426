import type { Anchor, DocumentJson } from '../types';

/** A claim's anchor after an edit of the text: its new selectors, or orphaned. */
export type AnchorUpdate = { id: string; anchor: Anchor } | { id: string; orphaned: true };

/** An edited article text and where each tracked claim now sits in it: what editing saves. */
export interface TextEdit {
  doc: DocumentJson;
  text: string;
  anchors: AnchorUpdate[];
}
