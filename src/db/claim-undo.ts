import { VerdictError } from '../domain/problem';
import type { Claim } from '../domain/types';
import { db } from './database';
import { currentReviewerName } from './settings';
import { storedRule } from './stored-rule';

/**
 * Writes a claim back to a state it had (undo/redo): the claim as it was, or deleted (null),
 * in one transaction. The write is a new change: it is dated now and, for a deletion, leaves a
 * tombstone; bringing a claim back removes its tombstone.
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
    if (claim) {
      await db.tombstones.delete(id);
      await db.claims.put(storedClaim({ ...claim, updatedAt: now, updatedBy: by }));
    } else if (current) {
      await db.claims.delete(id);
      await db.tombstones.put(storedTombstone({ id, articleId, deletedAt: now, deletedBy: by }));
    }
    await db.articles.update(articleId, { updatedAt: now });
  });
}
