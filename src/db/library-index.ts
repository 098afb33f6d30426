import type { ReviewerPairAgreement } from '../domain/claims/claim-agreement';
import type { LibraryIndexRequest, LibraryIndexResponse } from './library-index.protocol';
import { serveLibraryIndex } from './library-index.worker';
import { deserializeError, openChannel, type Channel } from './worker-channel';

type Answer = Extract<LibraryIndexResponse, { kind: 'found' | 'agreement' }>;
type Waiting = Map<number, { resolve(answer: Answer): void; reject(error: Error): void }>;

let worker: { channel: Channel<LibraryIndexRequest>; waiting: Waiting } | null = null;
let serial = 0;

/** The library index worker, started on first use and kept: it holds what it derived. */
function startWorker(): { channel: Channel<LibraryIndexRequest>; waiting: Waiting } {
  const waiting: Waiting = new Map();
  const channel = openChannel<LibraryIndexRequest, LibraryIndexResponse>(
    () => new Worker(new URL('./library-index.worker.ts', import.meta.url), { type: 'module' }),
    serveLibraryIndex,
    {
      answer: (response) => {
        const pending = waiting.get(response.serial);
        waiting.delete(response.serial);
        if (response.kind === 'failed') pending?.reject(deserializeError(response.error));
        else pending?.resolve(response);
      },
      fail: (error) => {
        // The next request starts a new worker (or runs on the page where none can start).
        worker = null;
        for (const pending of waiting.values()) pending.reject(error);
        waiting.clear();
      },
    },
  );
  return { channel, waiting };
}

function ask(request: { kind: 'search'; query: string } | { kind: 'agreement' }): Promise<Answer> {
  worker ??= startWorker();
  const { channel, waiting } = worker;
  const id = ++serial;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    channel.send({ ...request, serial: id });
  });
}

/**
 * The ids of the articles whose title, publisher or text contain every word of a query
 * (docs/DECISIONS.md, "Library scale").
 */
export async function searchArticleIds(query: string): Promise<Set<string>> {
  const answer = await ask({ kind: 'search', query });
  return new Set(answer.kind === 'found' ? answer.ids : []);
}

/** The library's agreement per reviewer pair (`pairAgreement`). */
export async function libraryAgreement(): Promise<ReviewerPairAgreement[]> {
  const answer = await ask({ kind: 'agreement' });
  return answer.kind === 'agreement' ? answer.figures : [];
}

/**
 * Starts the worker and has it read and fold the library ahead of the first keystroke (call it
 * when the page is idle: the work is the worker's, the cores are shared).
 */
export function prepareArticleSearch(): void {
  void searchArticleIds('').catch(() => undefined);
}
