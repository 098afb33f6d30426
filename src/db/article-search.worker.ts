/// <reference lib="webworker" />
import { articleSearchWords } from '../domain/claims/article-search-words';
import { articleTextMatches } from '../domain/claims/claim-filter';
import { readSearchWords, writeSearchWords, type SearchWordsRow } from './article-search-cache';
import type { ArticleSearchRequest, ArticleSearchResponse } from './article-search.protocol';
import { db } from './database';
import { serve, type Handler } from './worker-channel';

interface Folded {
  updatedAt: string;
  /** The article's search words (articleSearchWords). */
  words: string;
}

/** Articles read and folded per batch: a batch's rows (documents and texts) are dropped after. */
const BATCH = 100;

/**
 * Searches the library's articles off the main thread. Folding a long text costs far more than
 * comparing it, and reading every article's row means reading every document: each article is
 * read and folded once, and again only when its `updatedAt` changes (every write to an article
 * sets it), so a keystroke reads one index and compares search words. The words are kept between
 * page loads (article-search-cache.ts): a new page reads them and folds only what changed.
 */
export const searchArticles: Handler<ArticleSearchRequest, ArticleSearchResponse> = (answer) => {
  const folded = new Map<string, Folded>();
  let loaded = false;

  async function refresh(): Promise<void> {
    if (!loaded) {
      loaded = true;
      for (const row of await readSearchWords(db.name)) folded.set(row.id, row);
    }
    const [stamps, ids] = await db.transaction('r', db.articles, () =>
      Promise.all([
        db.articles.orderBy('updatedAt').keys(),
        db.articles.orderBy('updatedAt').primaryKeys(),
      ]),
    );
    const current = new Map(ids.map((id, i) => [id, String(stamps[i])]));
    const gone = [...folded.keys()].filter((id) => !current.has(id));
    for (const id of gone) folded.delete(id);
    const stale = ids.filter((id) => folded.get(id)?.updatedAt !== current.get(id));
    const made: SearchWordsRow[] = [];
    for (let at = 0; at < stale.length; at += BATCH) {
      const rows = await db.articles.bulkGet(stale.slice(at, at + BATCH));
      for (const row of rows) {
        if (!row) continue;
        const entry = { id: row.id, updatedAt: row.updatedAt, words: articleSearchWords(row) };
        folded.set(row.id, entry);
        made.push(entry);
      }
    }
    await writeSearchWords(db.name, made, gone);
  }

  async function search(query: string): Promise<string[]> {
    await refresh();
    const found: string[] = [];
    for (const [id, entry] of folded) {
      if (articleTextMatches(entry.words, query)) found.push(id);
    }
    return found;
  }

  // One search at a time: a refresh under way is never raced by the next keystroke's.
  let queue: Promise<unknown> = Promise.resolve();
  return ({ serial, query }) => {
    queue = queue.then(() =>
      search(query).then(
        (ids) => answer({ kind: 'found', serial, ids }),
        (error: unknown) =>
          answer({ kind: 'failed', serial, message: error instanceof Error ? error.message : '' }),
      ),
    );
  };
};

serve(searchArticles);
