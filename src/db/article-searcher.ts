import { articleSearchWords } from '../domain/claims/article-search-words';
import { hasAllWords, queryWords } from '../domain/claims/claim-filter';
import type { ArticleStamps } from './article-stamps';
import { db } from './database';
import { readSearchWords, writeSearchWords, type SearchWordsRow } from './library-cache';

/** Articles read and folded per batch: a batch's rows (documents and texts) are dropped after. */
const BATCH = 100;

/**
 * The library search of the library index worker. Folding a long text costs far more than
 * comparing it, and reading every article's row means reading every document: each article is
 * read and folded once, and again only when its `updatedAt` changes (every write to an article
 * sets it), so a keystroke reads one index and compares search words. The words are kept between
 * page loads (library-cache.ts): a new page reads them and folds only what changed.
 */
export function articleSearcher(): (query: string, stamps: ArticleStamps) => Promise<string[]> {
  const folded = new Map<string, SearchWordsRow>();
  let loaded = false;

  async function refresh(current: ArticleStamps): Promise<void> {
    if (!loaded) {
      loaded = true;
      for (const row of await readSearchWords(db.name)) folded.set(row.id, row);
    }
    const gone = [...folded.keys()].filter((id) => !current.has(id));
    for (const id of gone) folded.delete(id);
    const stale = [...current.keys()].filter((id) => folded.get(id)?.updatedAt !== current.get(id));
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

  return async (query, stamps) => {
    await refresh(stamps);
    // Folded once per query, not once per article (articleTextMatches folds at each call).
    const words = queryWords(query);
    const found: string[] = [];
    for (const [id, entry] of folded) if (hasAllWords(entry.words, words)) found.push(id);
    return found;
  };
}
