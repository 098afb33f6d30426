import { saveArticleText } from './article-text';
import type { TextSave, WriteRequest, WriteResponse } from './write-messages';

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

/** The write worker, started on first use; null where workers cannot run (unit tests). */
function writeWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./write-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<WriteResponse>) => {
    const answer = event.data;
    const request = waiting.get(answer.id);
    if (!request) return;
    waiting.delete(answer.id);
    if (answer.ok) return request.resolve();
    // The error keeps its name, so that a full disk still reads as QuotaExceededError.
    const error = new Error(answer.error.message);
    error.name = answer.error.name;
    request.reject(error);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const failure = new Error(event.message || 'The write worker stopped.');
    for (const request of waiting.values()) request.reject(failure);
    waiting.clear();
    worker?.terminate();
    // Later saves run on the page.
    worker = null;
  };
  return worker;
}

/**
 * Saves an edited article text and its claims' new anchors in one transaction (as
 * `saveArticleText`), in a worker when there is one; resolves once the transaction committed.
 */
export function saveArticleTextOffThread(save: TextSave): Promise<void> {
  const target = writeWorker();
  if (!target) return saveArticleText(save.articleId, save.edit, save.anchors);
  const id = ++nextId;
  return new Promise<void>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    target.postMessage({ id, save } satisfies WriteRequest);
  });
}
