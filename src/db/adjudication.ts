import { VerdictError } from '../domain/problem';
import { adjudicate } from '../domain/claims/adjudication';
import type { Claim, Verdict } from '../domain/types';
import { db } from './database';
import { currentReviewerName } from './settings';
import { storedRule } from './stored-rule';

/**
 * Makes judgements of the same words one claim, in one transaction: the kept claim takes the
 * adjudicator's verdict with a `merge` log entry naming every reviewer's verdict
 * (domain/claims/adjudication.ts), and the other claims are deleted, each leaving a tombstone so
 * that an import cannot bring them back. Refuses when any of them changed article or is gone.
 */
export async function adjudicateClaims(
  keptId: string,
  otherIds: readonly string[],
  verdict: Verdict,
): Promise<Claim> {
  const { storedClaim, storedTombstone } = await storedRule();
  const at = new Date().toISOString();
  return db.transaction('rw', [db.articles, db.claims, db.tombstones, db.settings], async () => {
    const kept = await db.claims.get(keptId);
    const others = await db.claims.bulkGet([...otherIds]);
    if (!kept || others.some((other) => other?.articleId !== kept.articleId)) {
      throw new VerdictError('claim-missing');
    }
    const by = await currentReviewerName();
    const merged = storedClaim(
      adjudicate(kept, others as Claim[], verdict, { by, at, rev: crypto.randomUUID() }),
    );
    await db.claims.put(merged);
    await db.claims.bulkDelete([...otherIds]);
    await db.tombstones.bulkPut(
      otherIds.map((id) =>
        storedTombstone({ id, articleId: kept.articleId, deletedAt: at, deletedBy: by }),
      ),
    );
    await db.articles.update(kept.articleId, { updatedAt: at });
    return merged;
  });
}
