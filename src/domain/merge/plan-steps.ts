import { describeAnchor } from '../anchoring/describe-anchor';
import { compareTimes } from './claims';
import type { Article, Claim, Tombstone } from '../types';
import type { Reanchor } from '../exchange/w3c-read-claims';
import type { SnapshotArticle } from './articles';

/** Everything one side of a merge holds: this browser's data, or an imported file's. */
export interface Snapshot {
  articles: SnapshotArticle[];
  claims: Claim[];
  tombstones: Tombstone[];
}

/**
 * Moves claims anchored in another text onto their article's text after the merge. It keeps
 * `updatedAt`: this is mechanical, like the editor mapping positions, and a second import of the
 * same file must meet the same claims. A claim whose words are gone keeps its anchor and becomes
 * orphaned at `now`; an already orphaned claim is left alone (only a person re-attaches it).
 */
export function reanchorClaims(
  claims: Claim[],
  anchoredIn: Map<string, string>,
  finalText: Map<string, string>,
  options: { now: string; reanchor: Reanchor },
): Map<string, Claim> {
  const result = new Map(claims.map((claim) => [claim.id, claim]));
  for (const [articleId, text] of finalText) {
    const before = anchoredIn.get(articleId);
    if (before === undefined || before === text) continue;
    const moved = claims.filter((claim) => claim.articleId === articleId && !claim.orphanedAt);
    const matches = options.reanchor(
      text,
      moved.map((claim) => claim.anchor),
    );
    moved.forEach((claim, index) => {
      const match = matches[index];
      if (!match || match.status === 'orphaned') {
        result.set(claim.id, { ...claim, orphanedAt: options.now });
      } else if (match.status !== 'exact') {
        result.set(claim.id, { ...claim, anchor: describeAnchor(text, match.start, match.end) });
      }
    });
  }
  return result;
}

/** Both sides' tombstones, the latest deletion of each claim, and those the local side lacks. */
export function unionTombstones(local: Tombstone[], incoming: Tombstone[]) {
  const all = new Map(local.map((tombstone) => [tombstone.id, tombstone]));
  const toPut: Tombstone[] = [];
  for (const tombstone of incoming) {
    const known = all.get(tombstone.id);
    if (known && compareTimes(tombstone.deletedAt, known.deletedAt) <= 0) continue;
    all.set(tombstone.id, tombstone);
    toPut.push(tombstone);
  }
  return { all, toPut };
}

/**
 * Applies article tombstones (a tombstone whose id is its article's id) before anything else: an
 * article deleted after its last change stays deleted on both sides, claims included, so that an
 * older file cannot bring it back and a deletion travels with the file.
 */
export function withoutDeletedArticles(local: Snapshot, incoming: Snapshot) {
  const deletedAt = new Map<string, string>();
  for (const tombstone of [...local.tombstones, ...incoming.tombstones]) {
    if (tombstone.id !== tombstone.articleId) continue;
    const known = deletedAt.get(tombstone.id);
    if (!known || compareTimes(tombstone.deletedAt, known) > 0) {
      deletedAt.set(tombstone.id, tombstone.deletedAt);
    }
  }
  const gone = (article: Article) => {
    const at = deletedAt.get(article.id);
    return at !== undefined && compareTimes(at, article.updatedAt) > 0;
  };
  const keep = (snapshot: Snapshot): Snapshot => {
    const removed = new Set(snapshot.articles.filter(gone).map((article) => article.id));
    return {
      ...snapshot,
      articles: snapshot.articles.filter((article) => !removed.has(article.id)),
      claims: snapshot.claims.filter((claim) => !removed.has(claim.articleId)),
    };
  };
  return {
    local: keep(local),
    incoming: keep(incoming),
    deletedArticles: local.articles.filter(gone).map((article) => article.id),
  };
}

/** Puts each entry in a list by id: replacing the one with the same id, else appending. */
export function putById<T extends { id: string }>(list: T[], entries: T[]): T[] {
  const byId = new Map(list.map((entry) => [entry.id, entry]));
  for (const entry of entries) byId.set(entry.id, entry);
  return [...byId.values()];
}
