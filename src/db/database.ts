import Dexie, { type EntityTable } from 'dexie';
import { completeClaim } from '../domain/claim';
import type { Article, Claim, Tombstone } from '../domain/types';

/**
 * An article as stored. The document is opaque to Dexie's typings: their key-path types do not
 * terminate on a recursive document type. `src/db` functions give back `Article`.
 */
export type ArticleRow = Omit<Article, 'doc' | 'textHistory'> & {
  doc: object;
  textHistory: object[];
};

/** A stored setting (one row per key). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** The IndexedDB database of Verdict: articles, their claims, deletion marks and settings. */
export class VerdictDatabase extends Dexie {
  articles!: EntityTable<ArticleRow, 'id'>;
  claims!: EntityTable<Claim, 'id'>;
  tombstones!: EntityTable<Tombstone, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = 'verdict') {
    // "Saved" must mean on disk: Chromium's default (relaxed) durability reports a transaction
    // complete before it is flushed, and a killed browser then loses it (durability-kill spec).
    super(name, { chromeTransactionDurability: 'strict' });
    // Every schema version stays declared, each later one with its upgrade (migration.test.ts
    // opens a database of every earlier version with this code).
    this.version(1).stores({
      articles: 'id, updatedAt, title',
      claims: 'id, articleId, verdict, updatedAt, [articleId+verdict]',
    });
    // v2: claim details (evidence, tags, claimant, review state, authorship, history),
    // tombstones for deletions, settings (reviewer identity); indexes for the filters.
    this.version(2)
      .stores({
        articles: 'id, updatedAt, title, sourceUrl',
        claims: 'id, articleId, verdict, updatedAt, [articleId+verdict], reviewState, *tags',
        tombstones: 'id, articleId, deletedAt',
        settings: 'key',
      })
      .upgrade(async (tx) => {
        await tx
          .table('claims')
          .toCollection()
          .modify((claim: Claim) => {
            Object.assign(claim, completeClaim(claim));
          });
        await tx
          .table('articles')
          .toCollection()
          .modify((article: ArticleRow) => {
            article.textHistory ??= [];
          });
      });
    // v3: an index for the library's claim counts per review state (no data changes).
    this.version(3).stores({
      claims:
        'id, articleId, verdict, updatedAt, [articleId+verdict], reviewState, *tags, [articleId+reviewState]',
    });
  }
}

/** The app's one database connection. */
export const db = new VerdictDatabase();
