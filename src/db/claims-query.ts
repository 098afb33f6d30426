import type { Claim } from '../domain/types';
import { db } from './database';

/** A claim with the article it belongs to, as the library-wide claims view lists it. */
export interface ClaimInLibrary {
  claim: Claim;
  article: { id: string; title: string };
}

/**
 * Every claim of the library with its article's id and title, grouped by article (titles in
 * alphabetical order), in one read transaction.
 */
export function listAllClaims(): Promise<ClaimInLibrary[]> {
  return db.transaction('r', db.articles, db.claims, async () => {
    // Titles come from the title index: the articles' documents and texts are never read.
    const titles = await db.articles.orderBy('title').keys();
    const ids = await db.articles.orderBy('title').primaryKeys();
    const articles = ids
      .map((id, i) => ({ id, title: String(titles[i] ?? '') }))
      .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
    const order = new Map(articles.map((article, i) => [article.id, i]));
    const claims = await db.claims.toArray();
    return claims
      .filter((claim) => order.has(claim.articleId))
      .map((claim) => ({ claim, article: articles[order.get(claim.articleId)!]! }))
      .sort(
        (a, b) =>
          order.get(a.article.id)! - order.get(b.article.id)! ||
          a.claim.anchor.start - b.claim.anchor.start ||
          a.claim.anchor.end - b.claim.anchor.end,
      );
  });
}

/** Every tag used on a claim, once each, in alphabetical order (from the `*tags` index). */
export async function listTags(): Promise<string[]> {
  const keys = await db.claims.orderBy('tags').uniqueKeys();
  return keys
    .filter((key): key is string => typeof key === 'string')
    .sort((a, b) => a.localeCompare(b));
}
