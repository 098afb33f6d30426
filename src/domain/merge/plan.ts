import { describeAnchor } from '../anchoring/describe-anchor';
import { recordChange } from '../claims/change-log';
import { matchArticles, mergeArticle, sameJson } from './articles';
import { compareTimes, resolveClaim, type ConflictRule, type Side } from './claims';
import { checkIncoming } from './incoming';
import {
  putById,
  reanchorClaims,
  unionTombstones,
  withoutDeletedArticles,
  type Snapshot,
} from './plan-steps';
import { fieldsChanged, placementView, versionView, type ClaimRow } from './preview';
import type { Article, Claim } from '../types';
import type { Reanchor } from '../exchange/w3c-read-claims';

export type { Snapshot } from './plan-steps';

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
    /** Claims to add. */
    new: Claim[];
    /** Claims to write over the stored ones (their content, log, comments or history changed). */
    updated: Claim[];
    /** Claims in the file whose content stays as it is here. */
    unchanged: number;
    /** Claims changed on both sides since their common version (settled by the rule or choice). */
    conflicts: number;
    /** Claims whose quote was not found in the text they now belong to (kept, orphaned). */
    notFound: number;
    /** Ids of local claims to delete. */
    deleted: string[];
    /** Tombstones that deleted a local claim or kept an incoming one out. */
    tombstonesApplied: number;
  };
  /** What happens to each claim the file holds or deletes, for the preview to list. */
  rows: ClaimRow[];
  /** Tombstones to store (new ones, or later deletions of the same claim). */
  tombstones: Tombstone[];
  problems: string[];
}

/** How the user settles an import: a rule for conflicts, a side per claim, places accepted. */
export interface Resolution {
  /** Which side a conflict keeps unless `choices` names one (default: the newer). */
  rule: ConflictRule;
  /** The side kept, per claim id in conflict. */
  choices: Record<string, Side>;
  /** Ids of claims not found whose suggested place the user accepted. */
  accept: string[];
}

/**
 * Options of `planMerge`: the time of the import, how to find anchors in a text, who imports (for
 * the log), how conflicts are settled, and fresh revision ids (for re-attachments accepted).
 */
export interface MergeOptions {
  now: string;
  reanchor: Reanchor;
  by?: string;
  resolution?: Partial<Resolution>;
  newRev?: () => string;
  /**
   * The incoming records are in their stored form already: a bundle's parse validates them with
   * the record schemas of the stored-data rule, so the plan does not check them a second time.
   */
  checked?: boolean;
}

type Tombstone = Snapshot['tombstones'][number];

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
 * Offers each claim not found the same words elsewhere in its text (`AnchorMatch.suggestion`),
 * and re-attaches there, recording a `reattach`, those whose suggestion the user accepted.
 */
function placeNotFound(
  rows: ClaimRow[],
  written: Map<string, Claim>,
  finalText: Map<string, string>,
  options: MergeOptions,
) {
  const accepted = new Set(options.resolution?.accept ?? []);
  const byArticle = new Map<string, ClaimRow[]>();
  for (const row of rows) {
    if (!row.notFound || !written.has(row.id)) continue;
    byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row]);
  }
  for (const [articleId, group] of byArticle) {
    const text = finalText.get(articleId)!;
    const matches = options.reanchor(
      text,
      group.map((row) => written.get(row.id)!.anchor),
    );
    group.forEach((row, index) => {
      const place = matches[index]?.suggestion;
      if (!place) return;
      row.suggestion = placementView(text, place.start, place.end);
      if (!accepted.has(row.id)) return;
      const claim = written.get(row.id)!;
      const anchor = describeAnchor(text, place.start, place.end);
      const rev = options.newRev?.() ?? crypto.randomUUID();
      const by = options.by ?? '';
      const at = options.now;
      written.set(
        row.id,
        recordChange(claim, { anchor, orphanedAt: '' }, { by, at, rev, kind: 'reattach' }),
      );
      row.notFound = false;
      row.quote = anchor.exact;
    });
  }
}

/**
 * Plans the merge of an imported snapshot into the local one (docs/DESIGN.md, "Decisions
 * that matter"): articles pair by id or by source URL and text; claims pair by id and merge by
 * lineage (./claims.ts); a tombstone newer than a claim deletes it; older tombstones still
 * travel. Incoming records the stored-data rule refuses are left out, each with a problem (unless
 * `options.checked` says they passed it). Pure and synchronous (given `newRev`).
 */
export function planMerge(
  localSnapshot: Snapshot,
  incomingSnapshot: Snapshot,
  options: MergeOptions,
): MergePlan {
  const checked = options.checked
    ? { snapshot: incomingSnapshot, problems: [] as string[] }
    : checkIncoming(incomingSnapshot);
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
    // The very record when its article keeps its id: the db layer writes a parsed record as it is.
    if (finalText.has(articleId))
      mapped.push(articleId === claim.articleId ? claim : { ...claim, articleId });
    else
      problems.push(
        `claim ${claim.id}: its article ${claim.articleId} is neither in the file nor here`,
      );
  }
  const localSide = reanchorClaims(local.claims, localText, finalText, options);
  const incomingSide = reanchorClaims(mapped, incomingText, finalText, options);
  const tombstones = unionTombstones(
    local.tombstones,
    incoming.tombstones.map((t) => {
      const articleId = ids.get(t.articleId) ?? t.articleId;
      return articleId === t.articleId ? t : { ...t, articleId };
    }),
  );
  const rule = options.resolution?.rule ?? 'newer';
  const choices = options.resolution?.choices ?? {};
  const rows: ClaimRow[] = [];
  const written = new Map<string, Claim>();
  const deleted: string[] = [];
  let tombstonesApplied = 0;
  const localById = new Map(local.claims.map((claim) => [claim.id, claim]));
  for (const id of new Set([...localSide.keys(), ...incomingSide.keys()])) {
    const before = localById.get(id);
    const mine = localSide.get(id);
    const theirs = incomingSide.get(id);
    const resolved =
      mine && theirs
        ? resolveClaim(mine, theirs, { now: options.now, rule: choices[id] ?? rule })
        : undefined;
    const claim = resolved?.claim ?? mine ?? theirs!;
    const tombstone = tombstones.all.get(id);
    const row = { id, articleId: claim.articleId, quote: claim.anchor.exact, fields: [] };
    if (tombstone && compareTimes(tombstone.deletedAt, claim.updatedAt) > 0) {
      if (before) deleted.push(id);
      if (before) rows.push({ ...row, status: 'deleted', notFound: false });
      if (before || theirs) tombstonesApplied++;
      continue;
    }
    if (claim !== before && !sameJson(claim, before)) written.set(id, claim);
    if (!theirs && claim === mine && !written.has(id)) continue;
    const notFound = claim.orphanedAt !== '' && !before?.orphanedAt;
    if (!before) rows.push({ ...row, status: 'new', notFound });
    else if (resolved?.conflict) {
      const conflict = {
        local: versionView(mine!),
        incoming: versionView(theirs!),
        kept: resolved.from,
      };
      rows.push({ ...row, status: 'conflict', fields: resolved.fields, notFound, conflict });
    } else {
      const fields = fieldsChanged(before, claim);
      const status = fields.length > 0 ? 'updated' : 'unchanged';
      if (status === 'updated' || theirs) rows.push({ ...row, status, fields, notFound });
    }
  }
  placeNotFound(rows, written, finalText, options);
  const newIds = new Set(rows.filter((row) => row.status === 'new').map((row) => row.id));
  const claims: MergePlan['claims'] = {
    new: [...written.values()].filter((claim) => newIds.has(claim.id)),
    updated: [...written.values()].filter((claim) => !newIds.has(claim.id)),
    unchanged: rows.filter((row) => row.status === 'unchanged').length,
    conflicts: rows.filter((row) => row.status === 'conflict').length,
    notFound: rows.filter((row) => row.notFound).length,
    deleted,
    tombstonesApplied,
  };
  articles.deleted = deletedArticles;
  return { articles, claims, rows, tombstones: tombstones.toPut, problems };
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
