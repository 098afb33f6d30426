import Dexie, { type EntityTable } from 'dexie';
import type { PairVerdicts } from '../domain/claims/claim-agreement';

/**
 * What the library index worker derives from each article, kept between page loads
 * (library-index.worker.ts): its search words, and the judgement pairs of its claims for the
 * reviewers' agreement, each with the article's `updatedAt` it was made from. It is derived data,
 * in a database of its own next to the library's, so that the library's schema and backups stay
 * as they are; an entry whose stamp no longer matches its article is made again, and the whole
 * database can be deleted at any time (docs/DECISIONS.md, "Library scale").
 */
export interface SearchWordsRow {
  id: string;
  updatedAt: string;
  words: string;
}

/** An article's judgement pairs (`articlePairVerdicts`), with the stamp they were made from. */
export interface PairVerdictsRow {
  id: string;
  updatedAt: string;
  /** How the pairs were made (PAIRS_VERSION): rows of another version are made again. */
  version: number;
  pairs: PairVerdicts[];
}

/** The version of `articlePairVerdicts` kept rows were made with; a change of it remakes them. */
export const PAIRS_VERSION = 1;

class LibraryCacheDatabase extends Dexie {
  articles!: EntityTable<SearchWordsRow, 'id'>;
  agreement!: EntityTable<PairVerdictsRow, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ articles: 'id' });
    // v2: the judgement pairs per article (the search words stay as they are).
    this.version(2).stores({ agreement: 'id' });
  }
}

let cache: LibraryCacheDatabase | null = null;

function open(library: string): LibraryCacheDatabase {
  cache ??= new LibraryCacheDatabase(`${library}-search`);
  return cache;
}

type Table = 'articles' | 'agreement';
type Row<T extends Table> = T extends 'articles' ? SearchWordsRow : PairVerdictsRow;

/** Every kept entry of a table; none when the cache cannot be read (it is rebuilt then). */
async function readAll<T extends Table>(library: string, table: T): Promise<Row<T>[]> {
  try {
    return (await open(library).table(table).toArray()) as Row<T>[];
  } catch {
    return [];
  }
}

/**
 * Keeps new entries and forgets those of articles no longer in the library. A cache that cannot
 * be written (a full disk) is left as it is: the worker works from memory meanwhile.
 */
async function write<T extends Table>(
  library: string,
  name: T,
  put: Row<T>[],
  gone: string[],
): Promise<void> {
  if (put.length === 0 && gone.length === 0) return;
  try {
    const table = open(library).table(name);
    await open(library).transaction('rw', table, async () => {
      if (gone.length > 0) await table.bulkDelete(gone);
      if (put.length > 0) await table.bulkPut(put);
    });
  } catch {
    // Derived data: the next page load makes what could not be kept.
  }
}

/** Every kept article's search words. */
export const readSearchWords = (library: string) => readAll(library, 'articles');

/** Keeps search words, forgets those of `gone` articles. */
export const writeSearchWords = (library: string, put: SearchWordsRow[], gone: string[]) =>
  write(library, 'articles', put, gone);

/** The articles whose judgement pairs are kept; null when the cache cannot be read. */
export async function readPairVerdictIds(library: string): Promise<Set<string> | null> {
  try {
    return new Set(await open(library).agreement.toCollection().primaryKeys());
  } catch {
    return null;
  }
}

/** Every kept article's judgement pairs. */
export const readPairVerdicts = (library: string) => readAll(library, 'agreement');

/** Keeps judgement pairs, forgets those of `gone` articles. */
export const writePairVerdicts = (library: string, put: PairVerdictsRow[], gone: string[]) =>
  write(library, 'agreement', put, gone);

/**
 * Forgets the kept judgement pairs of these articles (null: of every article), whose claims are
 * being written (agreement-invalidation.ts).
 */
export async function forgetPairVerdicts(library: string, articleIds: string[] | null) {
  if (articleIds === null) {
    try {
      await open(library).agreement.clear();
    } catch {
      // A cache that cannot be written is left as it is, as `write` leaves it.
    }
    return;
  }
  await write(library, 'agreement', [], [...new Set(articleIds)]);
}
