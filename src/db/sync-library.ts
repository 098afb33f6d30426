import type * as Y from 'yjs';
import type { Article } from '../domain/types';
import { db } from './database';
import { LOCAL_ORIGIN } from './sync-bridge';
import { localArticleDeletions } from './sync-deletions';
import { applyLibraryToYDoc, readLibraryFromYDoc, type LibrarySnapshot } from './sync-doc-library';

/**
 * The library document as this browser publishes it: its articles but those it keeps out of
 * the team (docs/DECISIONS.md, "Joining a team"), written from what was last synced (`base`),
 * and a deletion mark for each listed article deleted here (sync-deletions.ts).
 */
export async function publishSharedLibrary(
  ydoc: Y.Doc,
  base: LibrarySnapshot | null,
  localOnly: ReadonlySet<string>,
): Promise<LibrarySnapshot> {
  const rows = (await db.articles.toArray()) as unknown as Article[];
  const articles = rows.filter((article) => !localOnly.has(article.id));
  // The articles the team lists that are deleted here leave it through a deletion mark.
  const listed = readLibraryFromYDoc(ydoc).articles.map((article) => article.id);
  const deleted = await localArticleDeletions(listed.filter((id) => !localOnly.has(id)));
  const deletedArticles = [...(base?.deletedArticles ?? []), ...deleted];
  const library = { articles, deletedArticles, settings: {} };
  applyLibraryToYDoc(ydoc, library, { base: base ?? undefined, origin: LOCAL_ORIGIN });
  return readLibraryFromYDoc(ydoc);
}
