import Dexie, { type EntityTable } from 'dexie';

/**
 * The library search's words, kept between page loads (article-search.worker.ts): each
 * article's search words with the `updatedAt` they were made from. It is derived data, in a
 * database of its own next to the library's, so that the library's schema and backups stay as
 * they are; an entry whose stamp no longer matches its article is made again, and the whole
 * database can be deleted at any time (docs/DECISIONS.md, "Library scale").
 */
export interface SearchWordsRow {
  id: string;
  updatedAt: string;
  words: string;
}

class SearchCacheDatabase extends Dexie {
  articles!: EntityTable<SearchWordsRow, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ articles: 'id' });
  }
}

let cache: SearchCacheDatabase | null = null;

function open(library: string): SearchCacheDatabase {
  cache ??= new SearchCacheDatabase(`${library}-search`);
  return cache;
}

/** Every kept entry; none when the cache cannot be read (it is rebuilt then). */
export async function readSearchWords(library: string): Promise<SearchWordsRow[]> {
  try {
    return await open(library).articles.toArray();
  } catch {
    return [];
  }
}

/**
 * Keeps new entries and forgets those of articles no longer in the library. A cache that cannot
 * be written (a full disk) is left as it is: the search works from memory meanwhile.
 */
export async function writeSearchWords(
  library: string,
  put: SearchWordsRow[],
  gone: string[],
): Promise<void> {
  if (put.length === 0 && gone.length === 0) return;
  try {
    const table = open(library).articles;
    await open(library).transaction('rw', table, async () => {
      if (gone.length > 0) await table.bulkDelete(gone);
      if (put.length > 0) await table.bulkPut(put);
    });
  } catch {
    // Derived data: the next page load makes what could not be kept.
  }
}
