import { withApprovalRule } from '../domain/claims/approval';
import { settlesReason } from '../domain/merge/sync-conflicts';
import { VerdictError } from '../domain/problem';
import type { ChangedField, ClaimContent } from '../domain/types';
import { changeBy, recorded } from './claim-log';
import { db } from './database';
import { currentReviewerName } from './settings';
import { storedRule } from './stored-rule';

/**
 * A person's choice in a conflict team sync settled by itself (docs/DECISIONS.md, "Sync
 * conflicts"): a value not kept taken after all, or (no changes) the values kept as they are.
 * Recorded as a `merge` entry naming the join it settles, which clears the card's flag; a
 * change to what an approval covers sends the claim back to review, as any edit does.
 */
export async function settleSyncConflict(
  claimId: string,
  join: string,
  changes: Partial<Record<ChangedField, unknown>>,
): Promise<void> {
  const { storedClaim } = await storedRule();
  const now = new Date().toISOString();
  await db.transaction('rw', db.articles, db.claims, db.settings, async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) throw new VerdictError('claim-missing');
    const by = await currentReviewerName();
    const approved = withApprovalRule(claim, changes as Partial<ClaimContent>);
    const next = recorded(claim, approved, changeBy(by, now, 'merge', settlesReason(join)));
    await db.claims.put(storedClaim(next));
    await db.articles.update(claim.articleId, { updatedAt: now });
  });
}
