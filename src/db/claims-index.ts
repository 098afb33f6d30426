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
  };
}
