import { locateAnchors } from '../domain/anchoring/anchor';
import { matchArticles, sameJson } from '../domain/merge/articles';
import { checkIncoming } from '../domain/merge/incoming';
import {
  applyPlanToSnapshot,
  planMerge,
  type Resolution,
  type Snapshot,
} from '../domain/merge/plan';
import { summarizePlan } from '../domain/merge/summary';
import type { Article } from '../domain/types';
import { db, type ArticleRow, type SettingRow } from './database';
import { readSnapshot } from './exchange';
import { currentReviewerName } from './settings';
import { storedRule } from './stored-rule';
import type { JoinSummary } from './team-join.protocol';
import { getLocalOnlyArticleIds } from './team-settings';

/**
 * The plans of joining a team and of uploading later (docs/DECISIONS.md, "Joining a team"):
 * this library, or the articles it keeps out, planned into the team's side with the merge of a
 * file import (the team's side as the local one, so that its ids win), and what confirming
 * stores. Run by the team-join worker: at library scale a plan costs seconds.
 */

/** A plan, with the two sides it was made from and the library it leads to. */
export interface TeamPlan {
  /** This library's records the plan may change (the base of `storeMerged`). */
  local: Snapshot;
  target: Snapshot;
  summary: JoinSummary;
  /** The articles kept out of the team once the plan is stored with or without upload. */
  keptOut: { upload: string[]; decline: string[] };
}

async function plan(
  team: Snapshot,
  mine: Snapshot,
  local: Snapshot,
  resolution: Partial<Resolution>,
  now: string,
) {
  const by = await currentReviewerName();
  const merge = planMerge(team, mine, { now, by, reanchor: locateAnchors, resolution });
  const paired = matchArticles(team.articles, mine.articles).pairs.length;
  const summary: JoinSummary = {
    summary: summarizePlan(merge, [...team.articles, ...mine.articles]),
    arriving: team.articles.length - paired,
    newToTeam: merge.articles.new.length,
    problems: merge.problems,
  };
  return { merge, summary, local, target: applyPlanToSnapshot(team, merge) };
}

/** Joining: this whole library into what the team holds (its records checked first). */
export async function planJoin(
  teamCopy: Snapshot,
  resolution: Partial<Resolution>,
  now: string,
): Promise<TeamPlan> {
  const checked = checkIncoming(teamCopy);
  const local = await readSnapshot();
  const planned = await plan(checked.snapshot, local, local, resolution, now);
  planned.summary.problems.unshift(...checked.problems);
  const newIds = planned.merge.articles.new.map((article) => article.id);
  return { ...planned, keptOut: { upload: [], decline: newIds } };
}

/** The part of a snapshot that belongs to these articles, or (`keep` false) to the others. */
function part(snapshot: Snapshot, ids: ReadonlySet<string>, keep: boolean): Snapshot {
  return {
    articles: snapshot.articles.filter((article) => ids.has(article.id) === keep),
    claims: snapshot.claims.filter((claim) => ids.has(claim.articleId) === keep),
    tombstones: snapshot.tombstones.filter((t) => ids.has(t.articleId) === keep),
  };
}

/**
 * Uploading later: the articles kept out (but those the team deleted: `deleted`) into the
 * library's shared part, which is the team's library as synced here with the changes not sent
 * yet, so that it works offline and overwrites nothing newer.
 */
export async function planUpload(
  deleted: readonly string[],
  resolution: Partial<Resolution>,
  now: string,
): Promise<TeamPlan> {
  const keptOut = await getLocalOnlyArticleIds();
  const gone = new Set(deleted);
  const uploaded = new Set(keptOut.filter((id) => !gone.has(id)));
  const all = await readSnapshot();
  const team = part(all, new Set(keptOut), false);
  const mine = part(all, uploaded, true);
  const local: Snapshot = {
    articles: [...team.articles, ...mine.articles],
    claims: [...team.claims, ...mine.claims],
    tombstones: [...team.tombstones, ...mine.tombstones],
  };
  const planned = await plan(team, mine, local, resolution, now);
  const stayOut = keptOut.filter((id) => !uploaded.has(id));
  return { ...planned, keptOut: { upload: stayOut, decline: keptOut } };
}

/**
 * Makes the library's `local` part the merged `target`, in one transaction with these
 * settings rows: what differs is written (each record checked by the stored-data rule first),
 * and a local article or claim the target lacks goes (an article paired with the team's under
 * another id takes the team's id, its claims with it; an article the team deleted goes, its
 * tombstone stays). `before` runs once every record is checked, before the transaction.
 */
export async function storeMerged(
  local: Snapshot,
  target: Snapshot,
  settings: SettingRow[],
  before?: () => Promise<void>,
): Promise<void> {
  const rule = await storedRule();
  const known = {
    articles: new Map(local.articles.map((article) => [article.id, article])),
    claims: new Map(local.claims.map((claim) => [claim.id, claim])),
    tombstones: new Map(local.tombstones.map((tombstone) => [tombstone.id, tombstone])),
  };
  const changed = <T extends { id: string }>(records: T[], stored: Map<string, unknown>) =>
    records.filter((record) => !sameJson(stored.get(record.id), record));
  const articles = changed(target.articles as Article[], known.articles).map(rule.storedArticle);
  const claims = changed(target.claims, known.claims).map(rule.storedClaim);
  const tombstones = changed(target.tombstones, known.tombstones).map(rule.storedTombstone);
  const kept = {
    articles: new Set(target.articles.map((article) => article.id)),
    claims: new Set(target.claims.map((claim) => claim.id)),
  };
  const goneArticles = local.articles.filter((a) => !kept.articles.has(a.id)).map((a) => a.id);
  const goneClaims = local.claims.filter((c) => !kept.claims.has(c.id)).map((c) => c.id);
  await before?.();
  await db.transaction('rw', [db.articles, db.claims, db.tombstones, db.settings], async () => {
    await db.claims.bulkDelete(goneClaims);
    await db.articles.bulkDelete(goneArticles);
    await db.articles.bulkPut(articles as unknown as ArticleRow[]);
    await db.claims.bulkPut(claims);
    await db.tombstones.bulkPut(tombstones);
    await db.settings.bulkPut(settings);
  });
}
