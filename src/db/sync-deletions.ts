import { compareTimes } from '../domain/merge/claims';
import type { Tombstone } from '../domain/types';
import { db } from './database';
import type { ArticleDeletion, LibrarySnapshot } from './sync-doc-library';
import { storedRule } from './stored-rule';
import { LOCAL_ONLY_KEY } from './team-settings';

/**
 * Article deletions shared through the team's library document (docs/DECISIONS.md, "Article
 * deletions in a team"): an article deleted here leaves its tombstone, which becomes the
 * library's deletion mark; a mark from the team deletes the article here, with tombstones, unless
 * something here changed after the deletion, in which case the article is kept here, out of the
 * team, rather than deleted or brought back silently.
 */

/** What a team's deletion did here. */
export type DeletionOutcome = 'absent' | 'deleted' | 'kept';

/**
 * The deletion marks of the articles among `ids` that are gone from this browser through a
 * deletion (an article tombstone: a tombstone whose id is its article's), not merely unknown.
 */
export async function localArticleDeletions(ids: readonly string[]): Promise<ArticleDeletion[]> {
  return db.transaction('r', db.articles, db.tombstones, async () => {
    const present = await db.articles.bulkGet([...ids]);
    const gone = ids.filter((_id, index) => present[index] === undefined);
    const tombstones = await db.tombstones.bulkGet(gone);
    return tombstones
      .filter((t): t is Tombstone => t !== undefined && t.id === t.articleId)
      .map(({ id, deletedAt, deletedBy }) => ({ id, deletedAt, deletedBy }));
  });
}

/**
 * Applies a deletion the team made: the article and its claims go, each leaving a tombstone
 * with the deletion's time and author, when the deletion is newer than every change here;
 * otherwise the article stays and is kept out of the team (its later changes are this
 * browser's, and a teammate deleted what they changed).
 */
export async function applyTeamDeletion(deletion: ArticleDeletion): Promise<DeletionOutcome> {
  const { storedTombstone } = await storedRule();
  return db.transaction(
    'rw',
    [db.articles, db.claims, db.tombstones, db.settings],
    async (): Promise<DeletionOutcome> => {
      const article = await db.articles.get(deletion.id);
      if (!article) return 'absent';
      const claims = await db.claims.where('articleId').equals(deletion.id).toArray();
      const changed = claims.some((c) => compareTimes(c.updatedAt, deletion.deletedAt) >= 0);
      if (changed || compareTimes(article.updatedAt, deletion.deletedAt) >= 0) {
        const row = await db.settings.get(LOCAL_ONLY_KEY);
        const ids = Array.isArray(row?.value) ? (row.value as string[]) : [];
        if (!ids.includes(deletion.id)) {
          await db.settings.put({ key: LOCAL_ONLY_KEY, value: [...ids, deletion.id] });
        }
        return 'kept';
      }
      const { deletedAt, deletedBy } = deletion;
      await db.tombstones.bulkPut(
        [deletion.id, ...claims.map((claim) => claim.id)].map((id) =>
          storedTombstone({ id, articleId: deletion.id, deletedAt, deletedBy }),
        ),
      );
      await db.claims.bulkDelete(claims.map((claim) => claim.id));
      await db.articles.delete(deletion.id);
      return 'deleted';
    },
  );
}

/**
 * Applies the deletion marks of the team's library not applied yet in this session (`applied`,
 * by id and time); an article kept here despite its mark joins `localOnly`.
 */
export async function applyTeamDeletions(
  library: LibrarySnapshot,
  applied: Set<string>,
  localOnly: Set<string>,
): Promise<void> {
  for (const deletion of library.deletedArticles) {
    const key = `${deletion.id} ${deletion.deletedAt}`;
    if (applied.has(key) || localOnly.has(deletion.id)) continue;
    applied.add(key);
    if ((await applyTeamDeletion(deletion)) === 'kept') localOnly.add(deletion.id);
  }
}
