import { VerdictError, type ProblemCode } from '../domain/problem';

/**
 * The one way the page talks to a worker of src/db (docs/DESIGN.md, "Workers"): each worker is
 * `NAME.ts` (the page side), `NAME.worker.ts` (its handler) and `NAME.protocol.ts` (the
 * messages). Where workers cannot run (unit tests, a browser that refuses to start one), the
 * same handler runs on the page, so every path works without workers too.
 */

/** An error as it crosses from a worker to the page: name, message and problem code survive. */
export interface SerializedError {
  name: string;
  message: string;
  code?: ProblemCode;
  data?: Record<string, string>;
}

/** An error made fit to post: a QuotaExceededError stays one, a problem keeps its code. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof VerdictError) {
    return { name: error.name, message: error.message, code: error.code, data: error.data };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error a worker posted, rebuilt on the page. */
export function deserializeError(error: SerializedError): Error {
  if (error.code) return new VerdictError(error.code, error.data);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}

/**
 * A handler: given the means to answer (and to register what to undo when the page closes the
 * channel), what to do with each request.
 */
export type Handler<Request, Response> = (
  answer: (response: Response) => void,
  onClose: (cleanup: () => void) => void,
) => (request: Request) => void;

/** The page's end of a conversation with a worker (or with its handler on the page). */
export interface Channel<Request> {
  send(request: Request, transfer?: Transferable[]): void;
  close(): void;
  /** Whether the handler runs in a worker (false: on the page). */
  readonly inWorker: boolean;
}

/** What the page hears from a channel: each answer, and the failure of its worker. */
export interface ChannelListener<Response> {
  answer(response: Response): void;
  /** The worker stopped or could not start; it answers nothing more. */
  fail(error: Error): void;
}

/**
 * Opens a channel to a worker made by `create` (null: run `handler` on the page). Answers come
 * asynchronously either way, as they would from a worker.
 */
export function openChannel<Request, Response>(
  create: (() => Worker) | null,
  handler: Handler<Request, Response>,
  listener: ChannelListener<Response>,
): Channel<Request> {
  const worker = create && typeof Worker !== 'undefined' ? tryCreate(create) : null;
  if (!worker) {
    let open = true;
    const cleanups: (() => void)[] = [];
    const handle = handler(
      (response) => open && listener.answer(response),
      (cleanup) => cleanups.push(cleanup),
    );
    return {
      inWorker: false,
      send: (request) => queueMicrotask(() => open && handle(request)),
      close: () => {
        open = false;
        for (const cleanup of cleanups.splice(0)) cleanup();
      },
    };
  }
  worker.onmessage = (event: MessageEvent<Response>) => listener.answer(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    listener.fail(workerStopped(event.message));
  };
  return {
    inWorker: true,
    send: (request, transfer = []) => worker.postMessage(request, transfer),
    close: () => worker.terminate(),
  };
}

function tryCreate(create: () => Worker): Worker | null {
  try {
    return create();
  } catch {
    return null;
  }
}

/** Why a worker answers nothing more, with the browser's own words when it gave any. */
function workerStopped(detail: string | undefined): Error {
  return new VerdictError('worker-stopped', detail ? { detail } : {});
}

/** Inside a worker: serves the page's requests with `handler`. Does nothing on the page. */
export function serve<Request, Response>(handler: Handler<Request, Response>): void {
  const scope = globalThis as unknown as {
    WorkerGlobalScope?: unknown;
    postMessage(message: unknown): void;
    onmessage: ((event: MessageEvent<Request>) => void) | null;
  };
  if (scope.WorkerGlobalScope === undefined) return;
  // A worker ends with its page's `terminate`: nothing to clean up here.
  const handle = handler(
    (response) => scope.postMessage(response),
    () => undefined,
  );
  scope.onmessage = (event) => handle(event.data);
}
