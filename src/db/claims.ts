import type { Anchor, Claim, Verdict } from '../domain/types';
import { db } from './database';

/** The fields of a claim a fact-checker edits in the panel. */
export type ClaimChanges = Partial<Pick<Claim, 'verdict' | 'note' | 'anchor'>>;

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
  const claim: Claim = {
    id: crypto.randomUUID(),
    articleId,
    anchor,
    verdict,
    note: '',
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.articles, db.claims, async () => {
    if (!(await db.articles.get(articleId))) throw new Error('This article no longer exists.');
    await db.claims.add(claim);
    await touchArticle(articleId, now);
  });
  return claim;
}

/** Applies changes to a claim; resolves once the transaction has committed. */
export async function updateClaim(id: string, changes: ClaimChanges): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction('rw', db.articles, db.claims, async () => {
    const claim = await db.claims.get(id);
    if (!claim) throw new Error('This claim no longer exists.');
    await db.claims.update(id, { ...changes, updatedAt: now });
    await touchArticle(claim.articleId, now);
  });
}

/** Deletes a claim and returns it, so that the UI can offer to undo. */
export async function deleteClaim(id: string): Promise<Claim | undefined> {
  return db.transaction('rw', db.articles, db.claims, async () => {
    const claim = await db.claims.get(id);
    if (!claim) return undefined;
    await db.claims.delete(id);
    await touchArticle(claim.articleId, new Date().toISOString());
    return claim;
  });
}

/** Puts a deleted claim back as it was (undo), if its article still exists. */
export async function restoreClaim(claim: Claim): Promise<void> {
  await db.transaction('rw', db.articles, db.claims, async () => {
    if (!(await db.articles.get(claim.articleId))) throw new Error('The article was deleted.');
    await db.claims.put(claim);
    await touchArticle(claim.articleId, new Date().toISOString());
  });
}

/** The claims of one article (in no particular order). */
export function listClaims(articleId: string): Promise<Claim[]> {
  return db.claims.where('articleId').equals(articleId).toArray();
}
