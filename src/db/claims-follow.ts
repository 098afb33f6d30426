import Dexie, { type ObservabilitySet } from 'dexie';
import { listClaims } from './claims';
import { ClaimsDiffer, isEmptyChange, type ClaimsChange } from './claims-diff';
import { db } from './database';
import { mutatedClaimIds } from './mutated-claims';

/**
 * Follows one article's claims: reads them all once, then after each mutation (here, in another
 * tab or a worker) reads again only the claims it touched, and reports each change. A mutation
 * of ranges (bulk writes) reads them all again. Returns the function that stops following.
 */
export function followArticleClaims(
  articleId: string,
  onChange: (change: ClaimsChange) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  const differ = new ClaimsDiffer(articleId);
  let stopped = false;
  let first = true;
  // A read that fails is tried again, less and less often, until one succeeds.
  let pending: 'all' | Set<string> | null = 'all';
  let queue = Promise.resolve();
  let retry: ReturnType<typeof setTimeout> | undefined;
  let retryMs = 250;

  const read = async () => {
    const work = pending;
    pending = null;
    if (!work || stopped) return;
    let change: ClaimsChange;
    try {
      if (work === 'all') change = differ.diff(await listClaims(articleId));
      else {
        const ids = [...work];
        change = differ.diffSome(ids, await db.claims.bulkGet(ids));
      }
    } catch (error) {
      // Unreadable for now (closed for an upgrade, a storage error): read everything again.
      pending = 'all';
      onError(error);
      if (!stopped) retry = setTimeout(schedule, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
      return;
    }
    retryMs = 250;
    if (stopped || (!first && isEmptyChange(change))) return;
    first = false;
    onChange(change);
  };
  const schedule = () => {
    clearTimeout(retry);
    queue = queue.then(read);
  };
  const onMutated = (parts: ObservabilitySet) => {
    const ids = mutatedClaimIds(parts, db.name);
    if (ids?.length === 0) return;
    if (ids === null) pending = 'all';
    else if (pending !== 'all') {
      pending ??= new Set();
      for (const id of ids) pending.add(id);
    }
    schedule();
  };

  Dexie.on('storagemutated', onMutated);
  schedule();
  return () => {
    stopped = true;
    clearTimeout(retry);
    Dexie.on('storagemutated').unsubscribe(onMutated);
  };
}
