import { VerdictError } from '../domain/problem';
import type { Claim } from '../domain/types';
import { changeBy, contentOf, recorded, restoredFromDeletion } from './claim-log';
import { db } from './database';
import { currentReviewerName } from './settings';
import { storedRule } from './stored-rule';

/**
 * Writes a claim back to a state it had (undo/redo): the claim as it was, or deleted (null),
 * in one transaction. The write is a new change, recorded in the claim's log on top of what it
 * holds now: it is dated now and, for a deletion, leaves a tombstone; bringing a deleted claim
 * back removes its tombstone and records the deletion and the restoration.
 */
export async function writeClaimState(id: string, claim: Claim | null): Promise<void> {
  const { storedClaim, storedTombstone } = await storedRule();
  await db.transaction('rw', [db.articles, db.claims, db.tombstones, db.settings], async () => {
    const now = new Date().toISOString();
    const by = await currentReviewerName();
    const current = await db.claims.get(id);
    const articleId = claim?.articleId ?? current?.articleId;
    if (!articleId) return;
    if (!(await db.articles.get(articleId))) throw new VerdictError('article-deleted');
    if (claim && current) {
      const next = recorded(current, contentOf(claim), changeBy(by, now));
      if (next !== current) await db.claims.put(storedClaim(next));
    } else if (claim) {
      const tombstone = await db.tombstones.get(id);
      await db.tombstones.delete(id);
      await db.claims.put(storedClaim(restoredFromDeletion(claim, tombstone, by, now)));
    } else if (current) {
      await db.claims.delete(id);
      await db.tombstones.put(storedTombstone({ id, articleId, deletedAt: now, deletedBy: by }));
    }
    await db.articles.update(articleId, { updatedAt: now });
  });
}
