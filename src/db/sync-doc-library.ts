import * as Y from 'yjs';
import type { Article } from '../domain/types';
import { childMap, readRecord, sameJson, writeRecord } from './sync-doc-record';
import { SYNC_FORMAT_VERSION } from './sync-doc';

/**
 * The team's library document: the list of articles (each one's metadata, so that a member
 * sees the library before opening any article, whose text and claims live in the article's
 * own document), the articles deleted, and the settings the team shares.
 */

/** An article in the library: every field but its text. */
export type LibraryArticle = Omit<Article, 'doc' | 'text' | 'textHistory'>;

/** The mark a deleted article leaves in the library, so that no member brings it back. */
export interface ArticleDeletion {
  id: string;
  deletedAt: string;
  deletedBy: string;
}

/** What the library document holds. */
export interface LibrarySnapshot {
  articles: LibraryArticle[];
  deletedArticles: ArticleDeletion[];
  /** Settings shared by the team (the organisation's name and address…), by key. */
  settings: Record<string, unknown>;
}

/** What a library change started from, and its transaction origin (see ApplyOptions). */
export interface LibraryApplyOptions {
  base?: LibrarySnapshot | undefined;
  origin?: unknown;
}

function summary(article: Article | LibraryArticle): LibraryArticle {
  const fields: Record<string, unknown> = { ...article };
  delete fields.doc;
  delete fields.text;
  delete fields.textHistory;
  return fields as unknown as LibraryArticle;
}

/**
 * Puts the library into its Y.Doc in one transaction, writing only what differs; an article
 * leaves the list only through a deletion mark, and a full Article loses its text on the way.
 */
export function applyLibraryToYDoc(
  ydoc: Y.Doc,
  library: {
    articles: (Article | LibraryArticle)[];
    deletedArticles: ArticleDeletion[];
    settings: Record<string, unknown>;
  },
  options: LibraryApplyOptions = {},
): void {
  const base = options.base;
  ydoc.transact(() => {
    const format = ydoc.getMap('format');
    if (format.get('version') !== SYNC_FORMAT_VERSION) format.set('version', SYNC_FORMAT_VERSION);
    const deleted = ydoc.getMap<ArticleDeletion>('deletedArticles');
    for (const deletion of library.deletedArticles) {
      if (!sameJson(deleted.get(deletion.id), deletion)) deleted.set(deletion.id, { ...deletion });
    }
    const articles = ydoc.getMap<unknown>('articles');
    const baseArticles = new Map(base?.articles.map((article) => [article.id, article]));
    for (const article of library.articles) {
      if (deleted.has(article.id)) continue;
      const before = baseArticles.get(article.id);
      writeRecord(childMap(articles, article.id), summary(article), before && summary(before));
    }
    for (const id of deleted.keys()) articles.delete(id);
    writeRecord(ydoc.getMap('settings'), library.settings, base?.settings);
  }, options.origin);
}

/** The library a Y.Doc holds (articles sorted by id, deleted ones left out). */
export function readLibraryFromYDoc(ydoc: Y.Doc): LibrarySnapshot {
  const deletedArticles = [...ydoc.getMap<ArticleDeletion>('deletedArticles').values()].map(
    (deletion) => ({ ...deletion }),
  );
  const deleted = new Set(deletedArticles.map((deletion) => deletion.id));
  const articles: LibraryArticle[] = [];
  ydoc.getMap<unknown>('articles').forEach((value, id) => {
    if (deleted.has(id) || !(value instanceof Y.Map)) return;
    articles.push(readRecord(value as Y.Map<unknown>) as unknown as LibraryArticle);
  });
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    articles: articles.sort(byId),
    deletedArticles: deletedArticles.sort(byId),
    settings: readRecord(ydoc.getMap('settings')),
  };
}

/** Whether a library Y.Doc lists an article (deleted or not), without reading the others. */
export function libraryListsArticle(ydoc: Y.Doc, id: string): boolean {
  return ydoc.getMap<unknown>('articles').has(id);
}
