import Dexie, { type EntityTable } from 'dexie';
import type { Article, Claim } from '../domain/types';

/**
 * An article as stored. The document is opaque to Dexie's typings: their key-path types do not
 * terminate on a recursive document type. `src/db` functions give back `Article`.
 */
export type ArticleRow = Omit<Article, 'doc'> & { doc: object };

/** The IndexedDB database of Verdict: articles and their claims. */
export class VerdictDatabase extends Dexie {
  articles!: EntityTable<ArticleRow, 'id'>;
  claims!: EntityTable<Claim, 'id'>;

  constructor(name = 'verdict') {
    super(name);
    // Every schema version stays declared here; later versions add an upgrade function.
    this.version(1).stores({
      articles: 'id, updatedAt, title',
      claims: 'id, articleId, verdict, updatedAt, [articleId+verdict]',
    });
  }
}

/** The app's one database connection. */
export const db = new VerdictDatabase();
