import type { TextEdit } from '../domain/anchoring/text-edit';
import type { TextWriteRequest, TextWriteResponse } from './text-writer.protocol';
import { writeText } from './text-writer.worker';
import { deserializeError, openChannel, type Channel } from './worker-channel';

let channel: Channel<TextWriteRequest> | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

function answered(response: TextWriteResponse): void {
  const request = waiting.get(response.id);
  if (!request) return;
  waiting.delete(response.id);
  if (response.ok) request.resolve();
  else request.reject(deserializeError(response.error));
}

/** The text writer: its worker, started on first use, or its handler on the page after a failure. */
function writer(): Channel<TextWriteRequest> {
  channel ??= openChannel<TextWriteRequest, TextWriteResponse>(
    () => new Worker(new URL('./text-writer.worker.ts', import.meta.url), { type: 'module' }),
    writeText,
    {
      answer: answered,
      fail: (error) => {
        for (const request of waiting.values()) request.reject(error);
        waiting.clear();
        // Later saves run on the page.
        channel = openChannel<TextWriteRequest, TextWriteResponse>(null, writeText, {
          answer: answered,
          fail: () => undefined,
        });
      },
    },
  );
  return channel;
}

/**
 * Saves an edited article text and its claims' new anchors in one transaction (as
 * `saveArticleText`), in the text writer's worker when there is one; resolves once the
 * transaction committed.
 */
export function saveArticleTextOffThread(
  articleId: string,
  edit: TextEdit,
  keepPrevious: boolean,
): Promise<void> {
  const id = ++nextId;
  return new Promise<void>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    writer().send({ id, articleId, edit, keepPrevious });
  });
}
