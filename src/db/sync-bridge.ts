import type * as Y from 'yjs';
import { settleSyncedClaim } from '../domain/merge/sync-fork';
import type { Article, Claim, Tombstone } from '../domain/types';
import { db, type ArticleRow } from './database';
import { storedRule } from './stored-rule';
import { applyArticleToYDoc, readArticleFromYDoc, type ArticleSnapshot } from './sync-doc';
import { applyLibraryToYDoc, readLibraryFromYDoc, type LibrarySnapshot } from './sync-doc-library';
import { sameJson } from './sync-doc-record';

/**
 * Between Dexie (what the app reads and writes) and the team's Y.Docs. Local changes are put
 * into a document with LOCAL_ORIGIN, from what was last synced (`base`), so that only what this
 * browser changed is written; remote changes are stored in Dexie only where they differ from
 * what was last synced, so that writing them back to the document changes nothing (no echo).
 */

/** The origin of the transactions that carry this browser's changes into a document. */
export const LOCAL_ORIGIN = Symbol('verdict-local-change');

/** An article as Dexie holds it, with its claims and tombstones, or null when it has none. */
async function localArticle(id: string): Promise<ArticleSnapshot | null> {
  return db.transaction('r', db.articles, db.claims, db.tombstones, async () => {
    const article = (await db.articles.get(id)) as Article | undefined;
    if (!article) return null;
    const claims = await db.claims.where('articleId').equals(id).toArray();
    const tombstones = await db.tombstones.where('articleId').equals(id).toArray();
    return { article, claims, tombstones };
  });
}

/** Puts the local article into its document; gives what was put (the next base), or null. */
export async function publishArticle(
  ydoc: Y.Doc,
  id: string,
  base: ArticleSnapshot | null,
): Promise<ArticleSnapshot | null> {
  const local = await localArticle(id);
  if (!local) return base;
  applyArticleToYDoc(ydoc, local.article, local.claims, local.tombstones, {
    base: base ?? undefined,
    origin: LOCAL_ORIGIN,
  });
  return local;
}

/**
 * The claims of a document as every member settles them: changes members made apart to one
 * claim joined by the review record's rule and recorded in its log (src/domain/merge/sync-fork.ts,
 * docs/DECISIONS.md, "Sync conflicts"); the others as they are.
 */
export function settledClaims(claims: readonly Claim[]): Claim[] {
  return claims.map((claim) => settleSyncedClaim(claim) ?? claim);
}

/**
 * Stores in Dexie what a document holds and `base` does not, each record checked by the
 * stored-data rule (a record that fails it is left out and reported); gives the new base. A
 * claim changed apart is stored settled: the hooks then publish the settlement, which every
 * member reaches the same way, so that members who settle at once write the same values.
 */
export async function storeRemoteArticle(
  ydoc: Y.Doc,
  base: ArticleSnapshot | null,
): Promise<ArticleSnapshot | null> {
  const remote = readArticleFromYDoc(ydoc);
  if (!remote) return base;
  const rule = await storedRule();
  const before = new Map(base?.claims.map((claim) => [claim.id, claim]));
  const known = new Set(base?.tombstones.map((tombstone) => tombstone.id));
  const article = sameJson(base?.article, remote.article)
    ? null
    : rule.storedArticle(remote.article);
  const claims: Claim[] = settledClaims(
    remote.claims.filter((claim) => !sameJson(before.get(claim.id), claim)),
  ).map((claim) => rule.storedClaim(claim));
  const tombstones: Tombstone[] = remote.tombstones
    .filter((tombstone) => !known.has(tombstone.id))
    .map((tombstone) => rule.storedTombstone(tombstone));
  await db.transaction('rw', db.articles, db.claims, db.tombstones, async () => {
    if (article) await db.articles.put(article as unknown as ArticleRow);
    if (claims.length > 0) await db.claims.bulkPut(claims);
    if (tombstones.length > 0) {
      await db.claims.bulkDelete(tombstones.map((tombstone) => tombstone.id));
      await db.tombstones.bulkPut(tombstones);
    }
  });
  return remote;
}

/** Puts the local list of articles into the library document; gives it (the next base). */
export async function publishLibrary(
  ydoc: Y.Doc,
  base: LibrarySnapshot | null,
): Promise<LibrarySnapshot> {
  const articles = (await db.articles.toArray()) as unknown as Article[];
  const library = { articles, deletedArticles: base?.deletedArticles ?? [], settings: {} };
  applyLibraryToYDoc(ydoc, library, { base: base ?? undefined, origin: LOCAL_ORIGIN });
  return readLibraryFromYDoc(ydoc);
}

/** The ids of the articles the library document lists. */
export function libraryArticleIds(ydoc: Y.Doc): string[] {
  return readLibraryFromYDoc(ydoc).articles.map((article) => article.id);
}
