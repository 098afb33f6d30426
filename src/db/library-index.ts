import type { ReviewerPairAgreement } from '../domain/claims/claim-agreement';
import type { LibraryIndexRequest, LibraryIndexResponse } from './library-index.protocol';
import { serveLibraryIndex } from './library-index.worker';
import { deserializeError, openChannel, type Channel } from './worker-channel';

type Answer = Extract<LibraryIndexResponse, { kind: 'found' | 'agreement' }>;
type Waiting = Map<number, { resolve(answer: Answer): void; reject(error: Error): void }>;

let worker: { channel: Channel<LibraryIndexRequest>; waiting: Waiting } | null = null;
/** Set once a worker failed: the index then runs on the page. */
let failed = false;
let serial = 0;
const agreementListeners = new Set<() => void>();

/**
 * The library index worker, started on first use and kept: it holds what it derived. After a
 * failure (a worker that cannot load, say), the same handler runs on the page.
 */
function startWorker(): { channel: Channel<LibraryIndexRequest>; waiting: Waiting } {
  const waiting: Waiting = new Map();
  const create = failed
    ? null
    : () => new Worker(new URL('./library-index.worker.ts', import.meta.url), { type: 'module' });
  const channel = openChannel<LibraryIndexRequest, LibraryIndexResponse>(
    create,
    serveLibraryIndex,
    {
      answer: (response) => {
        if (response.kind === 'agreement-changed') {
          for (const listener of agreementListeners) listener();
          return;
        }
        const pending = waiting.get(response.serial);
        waiting.delete(response.serial);
        if (response.kind === 'failed') pending?.reject(deserializeError(response.error));
        else pending?.resolve(response);
      },
      fail: (error) => {
        failed = true;
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
 * Calls `listener` whenever claims are written after the agreement was given (ask again);
 * gives the function that stops it.
 */
export function onAgreementChanged(listener: () => void): () => void {
  agreementListeners.add(listener);
  return () => agreementListeners.delete(listener);
}

/**
 * Starts the worker and has it read and fold the library ahead of the first keystroke (call it
 * when the page is idle: the work is the worker's, the cores are shared).
 */
export function prepareArticleSearch(): void {
  void searchArticleIds('').catch(() => undefined);
}
