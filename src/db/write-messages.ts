import type { AnchorUpdate } from '../domain/anchoring/anchor-update';
import type { DocumentJson } from '../domain/types';

/** An edited article text to save with its claims' new anchors (see `saveArticleText`). */
export interface TextSave {
  articleId: string;
  edit: { doc: DocumentJson; text: string; keepPrevious: boolean };
  anchors: AnchorUpdate[];
}

/** What the page asks the write worker, numbered so that answers find their request. */
export interface WriteRequest {
  id: number;
  save: TextSave;
}

/** What the write worker answers once the transaction committed, or why it failed. */
export type WriteResponse =
  { id: number; ok: true } | { id: number; ok: false; error: { name: string; message: string } };
