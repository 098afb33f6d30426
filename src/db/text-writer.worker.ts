/// <reference lib="webworker" />
import { saveArticleText } from './article-text';
import type { TextWriteRequest, TextWriteResponse } from './text-writer.protocol';
import { serializeError, serve, type Handler } from './worker-channel';

/**
 * Saves an edited article text and its moved anchors (`saveArticleText`) off the page's main
 * thread: serialising thousands of anchors for IndexedDB is too long a task for the page
 * (docs/DECISIONS.md, "Scale").
 */
export const writeText: Handler<TextWriteRequest, TextWriteResponse> =
  (answer) =>
  ({ id, articleId, edit, keepPrevious }) =>
    saveArticleText(articleId, edit, keepPrevious).then(
      () => answer({ id, ok: true }),
      (error: unknown) => answer({ id, ok: false, error: serializeError(error) }),
    );

serve(writeText);
