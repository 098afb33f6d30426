import type { Editor } from '@tiptap/core';
import type { Transaction as PmTransaction } from '@tiptap/pm/state';

/** The article's tiptap editor, as the reader's components around it hold it. */
export type ArticleEditorInstance = Editor;

/** A ProseMirror transaction of that editor. */
export type Transaction = PmTransaction;
