/// <reference lib="webworker" />
import Dexie, { type ObservabilitySet } from 'dexie';
import { EMPTY_FILTER, prepareClaimSearch } from '../domain/claims/claim-filter';
import type { Claim } from '../domain/types';
import type {
  ClaimsIndexRequest,
  ClaimsIndexResponse,
  ClaimsIndexResult,
} from './claims-index.protocol';
import { readClaimsInListOrder, readClaimsOf, type FirstRead } from './claims-index-first-read';
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

type Query = Extract<ClaimsIndexRequest, { kind: 'query' }>;

const UNFILTERED = JSON.stringify(EMPTY_FILTER);

/** Whether the first read can answer a query: the unfiltered list in its own order. */
const answersWhileReading = (request: Query) =>
  request.sort === 'position' && JSON.stringify(request.filter) === UNFILTERED;

/** The unfiltered list while the first read goes on: its count, no facets yet. */
function readingResult(progress: FirstRead): ClaimsIndexResult {
  return {
    total: progress.total,
    shown: progress.total,
    facets: {
      verdict: { confirmed: 0, disputed: 0, unverified: 0 },
      state: { draft: 0, 'in-review': 0, approved: 0 },
    },
    disagreements: 0,
    reading: { read: progress.read, total: progress.total },
  };
}

/**
 * The library's claims for the All claims screen, held off the main thread: read once, then
 * kept current by reading again only the claims a mutation touched (here, in another tab or
 * worker); filtering, sorting and counting run here, and the page receives one screen of rows
 * at a time (docs/DECISIONS.md, "Library scale"). The first read goes article by article in
 * list order, and the unfiltered list's first screen is answered as soon as its rows are read.
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
  // The first read under way, with the queries waiting for their rows (null once it ended).
  let first: (FirstRead & { heard: boolean; waiting: Query[]; answered: boolean }) | null = {
    rows: [],
    read: 0,
    total: 0,
    heard: false,
    waiting: [],
    answered: false,
  };
  // A screen is answered once its rows are read; a shorter list waits for the end of the read.
  const answerWhileReading = (request: Query) => {
    if (!first?.heard || first.rows.length < request.to) return false;
    first.answered = true;
    answer({
      kind: 'result',
      serial: request.serial,
      result: readingResult(first),
      from: request.from,
      rows: first.rows.slice(request.from, request.to),
    });
    return true;
  };
  let titlesStale = true;
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (work: () => Promise<unknown>) => (queue = queue.then(work, work));

  async function bringUpToDate(): Promise<boolean> {
    const work = pending;
    pending = null;
    const changed = work !== null || titlesStale;
    if (titlesStale) {
      titlesStale = false;
      const before = titles;
      titles = await readTitles();
      // Claims are read by article: an article new since then brings its claims.
      if (ordered && work !== 'all') {
        const added = await readClaimsOf([...titles.keys()].filter((id) => !before.has(id)));
        if (added.length > 0) claims = new Map(claims);
        for (const claim of added) claims.set(claim.id, claim);
      }
    }
    if (work === 'all' && !ordered && first) {
      const reading = first;
      claims = await readClaimsInListOrder(titles, (progress) => {
        Object.assign(reading, progress, { heard: true });
        reading.waiting = reading.waiting.filter((request) => !answerWhileReading(request));
      });
    } else if (work === 'all') {
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

  /** Answers a query (or a request for rows) from the claims as they are now. */
  function respond(request: ClaimsIndexRequest): void {
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
  }

  function handle(request: ClaimsIndexRequest): void {
    void enqueue(async () => {
      try {
        await bringUpToDate();
        respond(request);
      } catch (error) {
        pending = 'all';
        const message = error instanceof Error ? error.message : String(error);
        answer({ kind: 'failed', serial: request.serial, message });
      }
    });
  }

  // The first read starts at once; when it ends, queries still waiting for it are answered in
  // full, and a page that was answered from it hears that the list changed.
  void enqueue(async () => {
    try {
      await bringUpToDate();
    } catch {
      pending = 'all';
    }
    const ended = first;
    first = null;
    if (!ended) return;
    // Rows asked for before the page hears of the change are those of the unfiltered list.
    if (ended.answered && ordered) shown = ordered;
    for (const request of ended.waiting) handle(request);
    if (ended.answered) answer({ kind: 'changed' });
  });

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
    if (first && request.kind === 'query' && answersWhileReading(request)) {
      if (!answerWhileReading(request)) first.waiting.push(request);
      return;
    }
    if (first && request.kind === 'rows' && first.answered) {
      const rows = first.rows.slice(request.from, request.to);
      answer({ kind: 'rows', serial: request.serial, from: request.from, rows });
      return;
    }
    handle(request);
  };
};

serve(indexClaims);
