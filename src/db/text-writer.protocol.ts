import type { TextEdit } from '../domain/anchoring/text-edit';
import type { SerializedError } from './worker-channel';

/** What the page asks the text writer: save an edited text, numbered so answers find it. */
export interface TextWriteRequest {
  id: number;
  articleId: string;
  edit: TextEdit;
  /** The text being replaced goes to the article's text history first (once per session). */
  keepPrevious: boolean;
}

/** What the text writer answers once the transaction committed, or why it failed. */
export type TextWriteResponse =
  { id: number; ok: true } | { id: number; ok: false; error: SerializedError };
