import type { ClaimFilter, ClaimSort } from '../domain/claims/claim-filter';
import type {
  ClaimsIndexRequest,
  ClaimsIndexResponse,
  ClaimsIndexResult,
} from './claims-index.protocol';
import { indexClaims } from './claims-index.worker';
import type { ClaimInLibrary } from './claims-query';
import { openChannel } from './worker-channel';

/** Some rows of a query's result, from index `from` on. */
export interface ClaimRows {
  from: number;
  rows: ClaimInLibrary[];
}

/** The page's end of the claims index: queries, rows of the last one, and closing. */
export interface ClaimsIndex {
  query(
    filter: ClaimFilter,
    sort: ClaimSort,
    from: number,
    to: number,
  ): Promise<{ result: ClaimsIndexResult } & ClaimRows>;
  rows(from: number, to: number): Promise<ClaimRows>;
  close(): void;
  /** The worker stopped: every question is refused, and a new index must be opened. */
  readonly failed: boolean;
}

type Waiting = Map<
  number,
  { resolve(response: ClaimsIndexResponse): void; reject(e: Error): void }
>;

/**
 * Opens the claims index (a worker, or its handler on the page where none can run); `onChanged`
 * hears that the library's claims changed, so that the page asks again.
 */
export function openClaimsIndex(onChanged: () => void): ClaimsIndex {
  const waiting: Waiting = new Map();
  let serial = 0;
  let failure: Error | null = null;
  const channel = openChannel<ClaimsIndexRequest, ClaimsIndexResponse>(
    () => new Worker(new URL('./claims-index.worker.ts', import.meta.url), { type: 'module' }),
    indexClaims,
    {
      answer: (response) => {
        if (response.kind === 'changed') return onChanged();
        const pending = waiting.get(response.serial);
        waiting.delete(response.serial);
        if (response.kind === 'failed') pending?.reject(new Error(response.message));
        else pending?.resolve(response);
      },
      fail: (error) => {
        failure = error;
        for (const pending of waiting.values()) pending.reject(error);
        waiting.clear();
      },
    },
  );
  type Question =
    | Omit<Extract<ClaimsIndexRequest, { kind: 'query' }>, 'serial'>
    | Omit<Extract<ClaimsIndexRequest, { kind: 'rows' }>, 'serial'>;
  const ask = (request: Question) =>
    new Promise<ClaimsIndexResponse>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = ++serial;
      waiting.set(id, { resolve, reject });
      channel.send({ ...request, serial: id } as ClaimsIndexRequest);
    });
  return {
    query: async (filter, sort, from, to) => {
      const response = await ask({ kind: 'query', filter, sort, from, to });
      if (response.kind !== 'result') throw new Error(`unexpected answer: ${response.kind}`);
      return response;
    },
    rows: async (from, to) => {
      const response = await ask({ kind: 'rows', from, to });
      if (response.kind !== 'rows') throw new Error(`unexpected answer: ${response.kind}`);
      return response;
    },
    close: () => {
      waiting.clear();
      channel.close();
    },
    get failed() {
      return failure !== null;
    },
  };
}

/** How long the claims index outlives its last user: coming back to All claims reads nothing. */
const LINGER_MS = 10 * 60_000;

let shared: {
  index: ClaimsIndex;
  listeners: Set<() => void>;
  closing: ReturnType<typeof setTimeout> | undefined;
} | null = null;

/**
 * The claims index shared by its users (one screen at a time), kept for a while after the last
 * one leaves, since reading 100,000 claims again takes the worker seconds. `release` says the
 * user is done.
 */
export function acquireClaimsIndex(onChanged: () => void): {
  index: ClaimsIndex;
  release(): void;
} {
  if (shared?.index.failed) {
    clearTimeout(shared.closing);
    shared = null;
  }
  if (!shared) {
    const listeners = new Set<() => void>();
    shared = {
      index: openClaimsIndex(() => listeners.forEach((listener) => listener())),
      listeners,
      closing: undefined,
    };
  }
  const current = shared;
  clearTimeout(current.closing);
  current.listeners.add(onChanged);
  return {
    index: current.index,
    release: () => {
      current.listeners.delete(onChanged);
      if (current.listeners.size > 0) return;
      current.closing = setTimeout(() => {
        if (shared === current) shared = null;
        current.index.close();
      }, LINGER_MS);
    },
  };
}
