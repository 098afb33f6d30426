import type { Claim } from '../domain/types';
import { inLibraryOrder, libraryArticleOrder } from './claims-index-query';
import type { ClaimInLibrary } from './claims-query';
import { db } from './database';

/** Articles whose claims one request of the first read brings. */
const ARTICLES_PER_READ = 25;

/** How far the first read has come: the rows read so far, in their final order, and the count. */
export interface FirstRead {
  rows: ClaimInLibrary[];
  read: number;
  /** Every claim in the library (IndexedDB's count, before the read). */
  total: number;
}

/**
 * Reads the claims of the library's articles in list order (titles in alphabetical order),
 * a few articles at a time, so that the rows read so far are already the first rows of the
 * final list; `onPart` hears after each part but the last. Gives every claim read.
 */
export async function readClaimsInListOrder(
  titles: Map<string, string>,
  onPart: (progress: FirstRead) => void,
): Promise<Map<string, Claim>> {
  const progress: FirstRead = { rows: [], read: 0, total: await db.claims.count() };
  const claims = new Map<string, Claim>();
  const articles = libraryArticleOrder(titles);
  for (let at = 0; at < articles.length; at += ARTICLES_PER_READ) {
    const part = articles.slice(at, at + ARTICLES_PER_READ);
    const read = await readClaimsOf(part.map((article) => article.id));
    for (const claim of read) claims.set(claim.id, claim);
    const partTitles = new Map(part.map((article) => [article.id, article.title]));
    for (const row of inLibraryOrder(read, partTitles)) progress.rows.push(row);
    progress.read += read.length;
    // After the last part, the whole list is there: nothing is answered in part.
    if (at + ARTICLES_PER_READ < articles.length) onPart(progress);
  }
  return claims;
}

/**
 * The claims of some articles, one `getAll` of the articleId index each, all in one transaction
 * (Dexie's `anyOf` walks a cursor a record at a time: a hundred times slower on 100,000 claims).
 */
export async function readClaimsOf(articleIds: string[]): Promise<Claim[]> {
  if (articleIds.length === 0) return [];
  const parts = await db.transaction('r', db.claims, () =>
    Promise.all(articleIds.map((id) => db.claims.where('articleId').equals(id).toArray())),
  );
  return parts.flat();
}
