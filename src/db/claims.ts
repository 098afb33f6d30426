import { newClaim } from '../domain/claim';
import type { Anchor, Claim, ClaimContent, Verdict } from '../domain/types';
import { db } from './database';
import { currentReviewerName } from './settings';

/** The fields of a claim a fact-checker edits in the panel (re-attaching clears `orphanedAt`). */
export type ClaimChanges = Partial<ClaimContent> & { orphanedAt?: string };

async function touchArticle(articleId: string, at: string): Promise<void> {
  // The library's "last change" is the article's updatedAt, so claim edits bump it too.
  await db.articles.update(articleId, { updatedAt: at });
}

/** Creates a claim on an article and bumps the article's last change, in one transaction. */
export async function createClaim(
  articleId: string,
  anchor: Anchor,
  verdict: Verdict,
): Promise<Claim> {
  const now = new Date().toISOString();
  return db.transaction('rw', db.articles, db.claims, db.settings, async () => {
    if (!(await db.articles.get(articleId))) throw new Error('This article no longer exists.');
    const by = await currentReviewerName();
    const claim = newClaim({ id: crypto.randomUUID(), articleId, anchor, verdict, by, at: now });
    await db.claims.add(claim);
    await touchArticle(articleId, now);
    return claim;
  });
}

/** Applies changes to a claim; resolves once the transaction has committed. */
export async function updateClaim(id: string, changes: ClaimChanges): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction('rw', db.articles, db.claims, db.settings, async () => {
    const claim = await db.claims.get(id);
    if (!claim) throw new Error('This claim no longer exists.');
    const by = await currentReviewerName();
    await db.claims.update(id, { ...changes, updatedAt: now, updatedBy: by });
    await touchArticle(claim.articleId, now);
  });
}

/** Deletes a claim, leaving a tombstone, and returns it so that the UI can offer to undo. */
export async function deleteClaim(id: string): Promise<Claim | undefined> {
  return db.transaction('rw', [db.articles, db.claims, db.tombstones, db.settings], async () => {
    const claim = await db.claims.get(id);
    if (!claim) return undefined;
    const now = new Date().toISOString();
    await db.claims.delete(id);
    await db.tombstones.put({
      id,
      articleId: claim.articleId,
      deletedAt: now,
      deletedBy: await currentReviewerName(),
    });
    await touchArticle(claim.articleId, now);
    return claim;
  });
}

/** Puts a deleted claim back as it was (undo), if its article still exists. */
export async function restoreClaim(claim: Claim): Promise<void> {
  await db.transaction('rw', db.articles, db.claims, db.tombstones, async () => {
    if (!(await db.articles.get(claim.articleId))) throw new Error('The article was deleted.');
    await db.tombstones.delete(claim.id);
    await db.claims.put(claim);
    await touchArticle(claim.articleId, new Date().toISOString());
  });
}

/** The claims of one article (in no particular order). */
export function listClaims(articleId: string): Promise<Claim[]> {
  return db.claims.where('articleId').equals(articleId).toArray();
}
