import type { Transaction } from 'dexie';
import type { Claim, Tombstone } from '../domain/types';
import { db, type ArticleRow } from './database';

/**
 * The articles this page's writes change, heard through Dexie's hooks: each transaction's
 * articles are handed over once it commits (a write that fails publishes nothing). Writes made
 * in a worker are not seen here (team-sync.ts is told of them).
 */
export function watchLocalWrites(onCommitted: (articleId: string) => void): () => void {
  const touched = new WeakMap<Transaction, Set<string>>();
  const touch = (tx: Transaction, articleId: string) => {
    let ids = touched.get(tx);
    if (!ids) {
      const created = new Set<string>();
      ids = created;
      touched.set(tx, created);
      tx.on('complete', () => {
        for (const id of created) onCommitted(id);
      });
    }
    ids.add(articleId);
  };
  const articleCreating = (_key: unknown, row: ArticleRow, tx: Transaction) => touch(tx, row.id);
  const articleUpdating = (_changes: object, key: unknown, _row: ArticleRow, tx: Transaction) =>
    touch(tx, key as string);
  const claimCreating = (_key: unknown, claim: Claim, tx: Transaction) =>
    touch(tx, claim.articleId);
  const claimUpdating = (_changes: object, _key: unknown, claim: Claim, tx: Transaction) =>
    touch(tx, claim.articleId);
  const claimDeleting = (_key: unknown, claim: Claim, tx: Transaction) =>
    touch(tx, claim.articleId);
  const tombstoneCreating = (_key: unknown, tombstone: Tombstone, tx: Transaction) =>
    touch(tx, tombstone.articleId);
  const hook = (method: 'subscribe' | 'unsubscribe') => {
    db.articles.hook('creating')[method](articleCreating);
    db.articles.hook('updating')[method](articleUpdating);
    db.claims.hook('creating')[method](claimCreating);
    db.claims.hook('updating')[method](claimUpdating);
    db.claims.hook('deleting')[method](claimDeleting);
    db.tombstones.hook('creating')[method](tombstoneCreating);
  };
  hook('subscribe');
  return () => hook('unsubscribe');
}
