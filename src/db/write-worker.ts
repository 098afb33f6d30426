/// <reference lib="webworker" />
// Writes an edited article text and thousands of moved anchors off the page's main thread:
// serialising them for IndexedDB took ~200 ms of the page's time at 5,000 claims.
import { saveArticleText } from './article-text';
import type { WriteRequest, WriteResponse } from './write-messages';

const post = (message: WriteResponse) => (self as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<WriteRequest>) => {
  const { id, save } = event.data;
  try {
    await saveArticleText(save.articleId, save.edit, save.anchors);
    post({ id, ok: true });
  } catch (error) {
    const { name, message } =
      error instanceof Error ? error : { name: 'Error', message: String(error) };
    post({ id, ok: false, error: { name, message } });
  }
};
