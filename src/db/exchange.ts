import type { MergePlan, Snapshot } from '../domain/merge/plan';
import type { Article } from '../domain/types';
import { db } from './database';
import { storedRule } from './stored-rule';

/**
 * Everything stored (or one article's part of it), read in one transaction: what an export
 * writes, and the local side of an import.
 */
export async function readSnapshot(articleId?: string): Promise<Snapshot> {
  return db.transaction('r', db.articles, db.claims, db.tombstones, async () => {
    if (articleId === undefined) {
      const [articles, claims, tombstones] = await Promise.all([
        db.articles.toArray(),
        db.claims.toArray(),
        db.tombstones.toArray(),
      ]);
      return { articles: articles as Article[], claims, tombstones };
    }
    const article = (await db.articles.get(articleId)) as Article | undefined;
    return {
      articles: article ? [article] : [],
      claims: await db.claims.where('articleId').equals(articleId).toArray(),
      tombstones: await db.tombstones.where('articleId').equals(articleId).toArray(),
    };
  });
}

/** Freezes a value and everything in it. */
function freezeDeep(root: unknown): void {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || Object.isFrozen(value)) continue;
    Object.freeze(value);
    for (const key in value) stack.push((value as Record<string, unknown>)[key]);
  }
}

/**
 * Records in their stored form already: what a parse with the stored-data rule's own schemas gave
 * (a bundle's), frozen at every depth when added, so that they stay exactly as they passed.
 * `applyMergePlan` writes these very objects without checking them a second time.
 */
export class CheckedRecords {
  private readonly records = new WeakSet<object>();

  /** Adds the records, frozen; only the rule's own output belongs here. */
  add<T extends object>(records: T[]): T[] {
    for (const record of records) {
      freezeDeep(record);
      this.records.add(record);
    }
    return records;
  }

  /** Whether this very object was added (a copy, however equal, was not). */
  has(record: object): boolean {
    return this.records.has(record);
  }
}

/**
 * Applies an import's merge plan in one IndexedDB transaction: it applies fully or not at all
 * (a failure, a full disk included, leaves every stored record as it was). Every record written
 * satisfies the stored-data rule (src/domain/exchange/stored-record.ts), or nothing is written:
 * each is checked, unless it is one of the `checked` records, which passed the rule already.
 */
export async function applyMergePlan(plan: MergePlan, checked?: CheckedRecords): Promise<void> {
  // Checked before the transaction starts: a record the rule refuses leaves everything untouched.
  const rule = await storedRule();
  const stored =
    <T extends object>(check: (record: T) => T) =>
    (record: T): T =>
      checked?.has(record) ? record : check(record);
  const articles = [...plan.articles.new, ...plan.articles.updated].map(stored(rule.storedArticle));
  const claims = [...plan.claims.new, ...plan.claims.updated].map(stored(rule.storedClaim));
  const tombstones = plan.tombstones.map(stored(rule.storedTombstone));
  await db.transaction('rw', db.articles, db.claims, db.tombstones, async () => {
    for (const articleId of plan.articles.deleted) {
      await db.claims.where('articleId').equals(articleId).delete();
      await db.articles.delete(articleId);
    }
    await db.articles.bulkPut(articles);
    await db.claims.bulkDelete(plan.claims.deleted);
    await db.claims.bulkPut(claims);
    await db.tombstones.bulkPut(tombstones);
  });
}

/** The ids of the articles a merge plan writes to (their record, claims or tombstones). */
export function writtenArticleIds(plan: MergePlan): string[] {
  const ids = new Set<string>([...plan.articles.new, ...plan.articles.updated].map((a) => a.id));
  for (const id of plan.articles.deleted) ids.add(id);
  for (const claim of [...plan.claims.new, ...plan.claims.updated]) ids.add(claim.articleId);
  for (const tombstone of plan.tombstones) ids.add(tombstone.articleId);
  for (const row of plan.rows) if (row.status === 'deleted') ids.add(row.articleId);
  return [...ids];
}
