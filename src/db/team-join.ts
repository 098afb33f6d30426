import { locateAnchors } from '../domain/anchoring/anchor';
import { matchArticles, sameJson } from '../domain/merge/articles';
import { checkIncoming } from '../domain/merge/incoming';
import {
  applyPlanToSnapshot,
  planMerge,
  type Resolution,
  type Snapshot,
} from '../domain/merge/plan';
import { summarizePlan, type MergeSummary } from '../domain/merge/summary';
import type { Article } from '../domain/types';
import { db, type ArticleRow, type SettingRow } from './database';
import { readSnapshot } from './exchange';
import { currentReviewerName } from './settings';
import { storedRule } from './stored-rule';
import { replaceStoredDocuments } from './sync-local-store';
import { fetchTeamCopy, type TeamCopy } from './team-fetch';
import {
  LOCAL_ONLY_KEY,
  TEAM_KEY,
  storedTeamSettings,
  teamSettingsProblem,
  type TeamSettings,
} from './team-settings';

/**
 * Joining a team from a browser that holds articles (docs/DECISIONS.md, "Joining a team"): what
 * the team holds is read first, and this library is planned into it with the merge of a file
 * import (the team's side as the local one: articles pair by id or by source and text and keep
 * the team's id, claims merge by lineage, tombstones and the team's article deletions apply).
 * Nothing is sent or stored until the person confirms; then this browser's library becomes
 * the merged one in one transaction, and sync starts from the team's documents as read, so that
 * only what this browser adds or changes is sent.
 */

/** What joining will do, and the means to do it. */
export interface JoinPreview {
  summary: MergeSummary;
  /** Articles of the team that arrive here (none of this library's pairs with them). */
  arriving: number;
  /** Articles of this library the team does not hold (kept here only without upload). */
  newToTeam: number;
  /** Records of the team left out because the stored-data rule refuses them. */
  problems: string[];
  /**
   * Joins: stores the merged library, settled as chosen, and the team. With `upload` false,
   * the articles the team does not hold stay in this browser only.
   */
  apply: (resolution: Partial<Resolution>, upload: boolean) => Promise<void>;
}

/** The merge of this library (the incoming side) into what the team holds. */
async function planJoin(team: Snapshot, resolution: Partial<Resolution>, now: string) {
  const local = await readSnapshot();
  const by = await currentReviewerName();
  const plan = planMerge(team, local, { now, by, reanchor: locateAnchors, resolution });
  return { local, plan, target: applyPlanToSnapshot(team, plan) };
}

/**
 * Reads what the team holds and previews joining it, or gives null when this browser holds no
 * article (then there is nothing to upload, and joining is only storing the team). Rejects
 * with the server's refusal (a wrong or expired token) before anything is stored.
 */
export async function previewTeamJoin(
  settings: TeamSettings,
  signal?: AbortSignal,
): Promise<JoinPreview | null> {
  const problem = teamSettingsProblem(settings);
  if (problem) throw problem;
  if ((await db.articles.count()) === 0) return null;
  const team = storedTeamSettings(settings);
  const copy = await fetchTeamCopy(team, signal);
  const checked = checkIncoming(copy.snapshot);
  const teamSnapshot = checked.snapshot;
  const now = new Date().toISOString();
  const { local, plan } = await planJoin(teamSnapshot, {}, now);
  const paired = matchArticles(teamSnapshot.articles, local.articles).pairs.length;
  return {
    summary: summarizePlan(plan, [...teamSnapshot.articles, ...local.articles]),
    arriving: teamSnapshot.articles.length - paired,
    newToTeam: plan.articles.new.length,
    problems: [...checked.problems, ...plan.problems],
    apply: (resolution, upload) => applyJoin(team, copy, teamSnapshot, resolution, upload, now),
  };
}

async function applyJoin(
  team: TeamSettings,
  copy: TeamCopy,
  teamSnapshot: Snapshot,
  resolution: Partial<Resolution>,
  upload: boolean,
  now: string,
): Promise<void> {
  const { local, plan, target } = await planJoin(teamSnapshot, resolution, now);
  const localOnly = upload ? [] : plan.articles.new.map((article) => article.id);
  // The team's documents as read become this browser's copies before the library is written:
  // should the browser stop in between, it has not joined, and joining again replaces them.
  await storeMerged(
    local,
    target,
    [
      { key: LOCAL_ONLY_KEY, value: localOnly },
      { key: TEAM_KEY, value: team },
    ],
    () => replaceStoredDocuments(copy.states),
  );
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
