import { describeAnchor } from '../anchoring/describe-anchor';
import { matchArticles, mergeArticle, sameJson, type SnapshotArticle } from './articles';
import { compareTimes, resolveClaim } from './claims';
import { checkIncoming } from './incoming';
import type { Article, Claim, Tombstone } from '../types';
import type { Reanchor } from '../exchange/w3c-read-claims';

/** Everything one side of a merge holds: this browser's data, or an imported file's. */
export interface Snapshot {
  articles: SnapshotArticle[];
  claims: Claim[];
  tombstones: Tombstone[];
}

/** What a merge writes, for the db layer to apply in one transaction (and a preview to show). */
export interface MergePlan {
  articles: {
    new: Article[];
    updated: Article[];
    unchanged: number;
    /** Ids of local articles a newer article tombstone deletes (with all their claims). */
    deleted: string[];
  };
  claims: {
    new: Claim[];
    updated: Claim[];
    /** Claims in the file that were already here as they are. */
    unchanged: number;
    /** Claims changed on both sides at the same time: the local version stayed. */
    conflicts: number;
    /** Claims whose quote was not found in the text they now belong to (kept, orphaned). */
    notFound: number;
    /** Ids of local claims to delete. */
    deleted: string[];
    /** Tombstones that deleted a local claim or kept an incoming one out. */
    tombstonesApplied: number;
  };
  /** Tombstones to store (new ones, or later deletions of the same claim). */
  tombstones: Tombstone[];
  problems: string[];
}

/** Options of `planMerge`: the time of the import, and how to find anchors in a text. */
export interface MergeOptions {
  now: string;
  reanchor: Reanchor;
}

/**
 * Moves claims anchored in another text onto their article's text after the merge. It keeps
 * `updatedAt`: this is mechanical, like the editor mapping positions, and a second import of the
 * same file must meet the same claims. A claim whose words are gone keeps its anchor and becomes
 * orphaned at `now`; an already orphaned claim is left alone (only a person re-attaches it).
 */
function reanchorClaims(
  claims: Claim[],
  anchoredIn: Map<string, string>,
  finalText: Map<string, string>,
  options: MergeOptions,
): { claims: Map<string, Claim>; orphans: Set<string> } {
  const result = new Map(claims.map((claim) => [claim.id, claim]));
  const orphans = new Set<string>();
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
        orphans.add(claim.id);
        result.set(claim.id, { ...claim, orphanedAt: options.now });
      } else if (match.status !== 'exact') {
        result.set(claim.id, { ...claim, anchor: describeAnchor(text, match.start, match.end) });
      }
    });
  }
  return { claims: result, orphans };
}

/** Both sides' tombstones, the latest deletion of each claim, and those the local side lacks. */
function unionTombstones(local: Tombstone[], incoming: Tombstone[]) {
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

/** The articles' part of a plan, and the texts claims were anchored in on each side. */
function planArticles(local: Snapshot, incoming: Snapshot, now: string) {
  const matches = matchArticles(local.articles, incoming.articles);
  const articles: MergePlan['articles'] = {
    new: matches.unmatched,
    updated: [],
    unchanged: 0,
    deleted: [],
  };
  const localText = new Map(local.articles.map((article) => [article.id, article.text]));
  const finalText = new Map(localText);
  const incomingText = new Map<string, string>();
  for (const article of matches.unmatched) finalText.set(article.id, article.text);
  for (const pair of matches.pairs) {
    const merged = mergeArticle(pair.local, pair.incoming, now);
    if (sameJson(merged, { ...pair.local, textHash: undefined })) articles.unchanged++;
    else articles.updated.push(merged);
    finalText.set(merged.id, merged.text);
    incomingText.set(merged.id, pair.incoming.text);
  }
  return { articles, ids: matches.ids, localText, finalText, incomingText };
}

/**
 * Plans the merge of an imported snapshot into the local one (docs/DESIGN.md, "Decisions
 * that matter"): articles pair by id or by source URL and text; claims pair by id; a tombstone
 * newer than a claim deletes it; older tombstones still travel. Incoming records the stored-data
 * rule refuses are left out, each with a problem. Pure and synchronous.
 */
export function planMerge(
  localSnapshot: Snapshot,
  incomingSnapshot: Snapshot,
  options: MergeOptions,
): MergePlan {
  const checked = checkIncoming(incomingSnapshot);
  const problems = checked.problems;
  const { local, incoming, deletedArticles } = withoutDeletedArticles(
    localSnapshot,
    checked.snapshot,
  );
  const { articles, ids, localText, finalText, incomingText } = planArticles(
    local,
    incoming,
    options.now,
  );
  const mapped: Claim[] = [];
  for (const claim of incoming.claims) {
    const articleId = ids.get(claim.articleId) ?? claim.articleId;
    if (finalText.has(articleId)) mapped.push({ ...claim, articleId });
    else
      problems.push(
        `claim ${claim.id}: its article ${claim.articleId} is neither in the file nor here`,
      );
  }
  const localSide = reanchorClaims(local.claims, localText, finalText, options);
  const incomingSide = reanchorClaims(mapped, incomingText, finalText, options);
  const tombstones = unionTombstones(
    local.tombstones,
    incoming.tombstones.map((t) => ({ ...t, articleId: ids.get(t.articleId) ?? t.articleId })),
  );
  const claims: MergePlan['claims'] = {
    new: [],
    updated: [],
    unchanged: 0,
    conflicts: 0,
    notFound: 0,
    deleted: [],
    tombstonesApplied: 0,
  };
  const localById = new Map(local.claims.map((claim) => [claim.id, claim]));
  for (const id of new Set([...localSide.claims.keys(), ...incomingSide.claims.keys()])) {
    const before = localById.get(id);
    const mine = localSide.claims.get(id);
    const theirs = incomingSide.claims.get(id);
    const resolved = mine && theirs ? resolveClaim(mine, theirs) : undefined;
    const claim = resolved?.claim ?? mine ?? theirs!;
    const tombstone = tombstones.all.get(id);
    if (tombstone && compareTimes(tombstone.deletedAt, claim.updatedAt) > 0) {
      if (before) claims.deleted.push(id);
      if (before || theirs) claims.tombstonesApplied++;
      continue;
    }
    const from = resolved?.from ?? (mine ? 'local' : 'incoming');
    if ((from === 'local' ? localSide : incomingSide).orphans.has(id)) claims.notFound++;
    if (resolved?.conflict) claims.conflicts++;
    if (!before) claims.new.push(claim);
    else if (claim !== before && !sameJson(claim, before)) claims.updated.push(claim);
    else if (theirs) claims.unchanged++;
  }
  articles.deleted = deletedArticles;
  return { articles, claims, tombstones: tombstones.toPut, problems };
}

/**
 * Applies article tombstones (a tombstone whose id is its article's id) before anything else: an
 * article deleted after its last change stays deleted on both sides, claims included, so that an
 * older file cannot bring it back and a deletion travels with the file.
 */
function withoutDeletedArticles(local: Snapshot, incoming: Snapshot) {
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
function putById<T extends { id: string }>(list: T[], entries: T[]): T[] {
  const byId = new Map(list.map((entry) => [entry.id, entry]));
  for (const entry of entries) byId.set(entry.id, entry);
  return [...byId.values()];
}

/** The local snapshot after a plan is applied: what the db layer's transaction leaves. */
export function applyPlanToSnapshot(local: Snapshot, plan: MergePlan): Snapshot {
  const deleted = new Set(plan.claims.deleted);
  const deletedArticles = new Set(plan.articles.deleted);
  return {
    articles: putById(
      local.articles.filter((article) => !deletedArticles.has(article.id)),
      [...plan.articles.updated, ...plan.articles.new],
    ),
    claims: putById(
      local.claims.filter(
        (claim) => !deleted.has(claim.id) && !deletedArticles.has(claim.articleId),
      ),
      [...plan.claims.updated, ...plan.claims.new],
    ),
    tombstones: putById(local.tombstones, plan.tombstones),
  };
}
