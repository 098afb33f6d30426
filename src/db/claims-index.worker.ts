/// <reference lib="webworker" />
import Dexie, { type ObservabilitySet } from 'dexie';
import { prepareClaimSearch } from '../domain/claims/claim-filter';
import type { Claim } from '../domain/types';
import type { ClaimsIndexRequest, ClaimsIndexResponse } from './claims-index.protocol';
import { ClaimsQueries, inLibraryOrder } from './claims-index-query';
import type { ClaimInLibrary } from './claims-query';
import { db } from './database';
import { mutatedClaimIds } from './mutated-claims';
import { serve, type Handler } from './worker-channel';

/** Claims folded for search per pause, once the library is read (the first search folds none). */
const FOLD_BATCH = 2000;

/** Article titles by id, from the title index (documents and texts are never read). */
async function readTitles(): Promise<Map<string, string>> {
  const [titles, ids] = await db.transaction('r', db.articles, () =>
    Promise.all([db.articles.orderBy('title').keys(), db.articles.orderBy('title').primaryKeys()]),
  );
  return new Map(ids.map((id, i) => [id, String(titles[i] ?? '')]));
}

/**
 * The library's claims for the All claims screen, held off the main thread: read once, then
 * kept current by reading again only the claims a mutation touched (here, in another tab or
 * worker); filtering, sorting and counting run here, and the page receives one screen of rows
 * at a time (docs/DECISIONS.md, "Library scale").
 */
export const indexClaims: Handler<ClaimsIndexRequest, ClaimsIndexResponse> = (answer, onClose) => {
  let claims = new Map<string, Claim>();
  let titles = new Map<string, string>();
  let ordered: ClaimInLibrary[] | null = null;
  const queries = new ClaimsQueries();
  let shown: ClaimInLibrary[] = [];
  let last: ({ key: string; over: ClaimInLibrary[] } & ReturnType<ClaimsQueries['run']>) | null =
    null;
  let pending: 'all' | Set<string> | null = 'all';
  let titlesStale = true;
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (work: () => Promise<unknown>) => (queue = queue.then(work, work));

  async function bringUpToDate(): Promise<boolean> {
    const work = pending;
    pending = null;
    const changed = work !== null || titlesStale;
    if (titlesStale) {
      titlesStale = false;
      titles = await readTitles();
    }
    if (work === 'all') {
      claims = new Map((await db.claims.toArray()).map((claim) => [claim.id, claim]));
    } else if (work) {
      const ids = [...work];
      const rows = await db.claims.bulkGet(ids);
      claims = new Map(claims);
      ids.forEach((id, i) => (rows[i] ? claims.set(id, rows[i]) : claims.delete(id)));
    }
    if (changed || !ordered) ordered = inLibraryOrder(claims.values(), titles);
    queries.setRows(ordered);
    return changed;
  }

  const onMutated = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((key) => key.startsWith(`idb://${db.name}/articles/`))) {
      titlesStale = true;
    }
    const ids = mutatedClaimIds(parts, db.name);
    if (ids === null) pending = 'all';
    else if (ids.length > 0 && pending !== 'all') {
      pending ??= new Set();
      for (const id of ids) pending.add(id);
    }
    if (pending === null && !titlesStale) return;
    void enqueue(async () => {
      if (await bringUpToDate()) answer({ kind: 'changed' });
    });
  };
  Dexie.on('storagemutated', onMutated);
  onClose(() => Dexie.on('storagemutated').unsubscribe(onMutated));

  // Once read, the claims' search text is folded in batches, then joined (ClaimsQueries), so
  // that the first search is fast.
  let folding = false;
  const foldAhead = () => {
    if (folding || !ordered) return;
    folding = true;
    const claimsToFold = ordered.map((row) => row.claim);
    const step = () => {
      let budget = FOLD_BATCH;
      const left = prepareClaimSearch(claimsToFold, () => budget-- > 0);
      if (left > 0) {
        setTimeout(step, 0);
        return;
      }
      folding = false;
      queries.searchIndex();
    };
    setTimeout(step, 0);
  };

  return (request) => {
    void enqueue(async () => {
      try {
        await bringUpToDate();
        if (request.kind === 'query') {
          // Coming back to the same filter over the same claims computes nothing again.
          const key = JSON.stringify([request.filter, request.sort]);
          if (last?.key !== key || last.over !== ordered) {
            last = { key, over: ordered!, ...queries.run(request.filter, request.sort) };
          }
          const answered = last;
          shown = answered.shown;
          answer({
            kind: 'result',
            serial: request.serial,
            result: answered.result,
            from: request.from,
            rows: shown.slice(request.from, request.to),
          });
          foldAhead();
        } else {
          const rows = shown.slice(request.from, request.to);
          answer({ kind: 'rows', serial: request.serial, from: request.from, rows });
        }
      } catch (error) {
        pending = 'all';
        const message = error instanceof Error ? error.message : String(error);
        answer({ kind: 'failed', serial: request.serial, message });
      }
    });
  };
};

serve(indexClaims);
