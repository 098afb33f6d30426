import Dexie, { type EntityTable } from 'dexie';
import { completeClaim } from '../domain/claims/claim';
import { repairStoredRows, type StoredRows } from '../domain/exchange/stored-repair';
import type { Article, Claim, Tombstone } from '../domain/types';
import { agreementInvalidation } from './agreement-invalidation';

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
    // Live query results are shared, frozen objects rather than deep copies made on every
    // delivery (a copy of an article's document per claim write, say): nothing mutates them.
    super(name, { chromeTransactionDurability: 'strict', cache: 'immutable' });
    // Any write to claims forgets the library index's kept agreement of their articles.
    this.use(agreementInvalidation(name));
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
    // v4: the claim indexes no query uses (verdict, updatedAt, reviewState) are dropped:
    // IndexedDB writes every index of every claim, so an unused index slows every import
    // (docs/DECISIONS.md, "Storage and durability"; no data changes).
    this.version(4).stores({
      claims: 'id, articleId, [articleId+verdict], *tags, [articleId+reviewState]',
    });
    // v5: records stored before the stored-data rule are brought into it (times in UTC, ids of
    // the id alphabet with their references, documents the editor opens), so that every backup
    // restores (docs/DECISIONS.md, "Stored data validity"; no schema changes).
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        const tables = ['articles', 'claims', 'tombstones'] as const;
        const rows = Object.fromEntries(
          await Promise.all(tables.map(async (name) => [name, await tx.table(name).toArray()])),
        ) as StoredRows;
        const repaired = repairStoredRows(rows, new Date().toISOString(), () =>
          crypto.randomUUID(),
        );
        for (const name of tables) {
          await tx.table(name).bulkDelete(repaired[name].deleted);
          await tx.table(name).bulkPut(repaired[name].put);
        }
      });
    // v6: the review record. Claims get a rating ('' : the verdict alone), a change log (empty:
    // their past is unknown), a discussion, and a revision derived from their content, so that
    // copies saying the same thing are at the same revision (no index changes).
    this.version(6)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('claims')
          .toCollection()
          .modify((claim: Claim) => {
            Object.assign(claim, completeClaim(claim));
          });
      });
  }
}

/** The app's one database connection. */
export const db = new VerdictDatabase();
