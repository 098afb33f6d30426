import { locateAnchors } from '../domain/anchoring/anchor';
import { applyPlanToSnapshot, planMerge, type Snapshot } from '../domain/merge/plan';
import { summarizePlan } from '../domain/merge/summary';
import { VerdictError } from '../domain/problem';
import { db } from './database';
import { readSnapshot } from './exchange';
import { currentReviewerName } from './settings';
import { storeMerged, type JoinPreview } from './team-join';
import { teamDeletedArticleIds } from './team-sync';
import { LOCAL_ONLY_KEY, getLocalOnlyArticleIds } from './team-settings';

/**
 * Uploading later the articles kept out of the team (docs/DECISIONS.md, "Joining a team"): the
 * same preview and merge as joining, with the team's side read from this library (its shared
 * part is the team's library as synced here, with the changes not sent yet), so that it works
 * offline and overwrites nothing newer. An article the team deleted stays out: uploading it
 * would not bring it back for the others (the library's deletion mark wins).
 */

/** The part of a snapshot that belongs to these articles, or (`keep` false) to the others. */
function part(snapshot: Snapshot, ids: ReadonlySet<string>, keep: boolean): Snapshot {
  return {
    articles: snapshot.articles.filter((article) => ids.has(article.id) === keep),
    claims: snapshot.claims.filter((claim) => ids.has(claim.articleId) === keep),
    tombstones: snapshot.tombstones.filter((t) => ids.has(t.articleId) === keep),
  };
}

async function planUpload(resolution: Parameters<JoinPreview['apply']>[0], now: string) {
  const deleted = teamDeletedArticleIds();
  if (!deleted) throw new VerdictError('token-invalid');
  const localOnly = await getLocalOnlyArticleIds();
  const gone = new Set(deleted);
  const uploaded = new Set(localOnly.filter((id) => !gone.has(id)));
  const all = await readSnapshot();
  const team = part(all, new Set(localOnly), false);
  const mine = part(all, uploaded, true);
  const by = await currentReviewerName();
  const plan = planMerge(team, mine, { now, by, reanchor: locateAnchors, resolution });
  const target = applyPlanToSnapshot(team, plan);
  const stayOut = localOnly.filter((id) => !uploaded.has(id));
  return { team, mine, plan, target, stayOut };
}

/**
 * Previews uploading the articles this browser keeps out of its team, or gives null when none
 * can be (none kept out, or only articles the team deleted).
 */
export async function previewUpload(): Promise<JoinPreview | null> {
  const now = new Date().toISOString();
  const { team, mine, plan } = await planUpload({}, now);
  const present = (await db.articles.bulkGet(mine.articles.map((a) => a.id))).filter(Boolean);
  if (present.length === 0) return null;
  return {
    summary: summarizePlan(plan, [...team.articles, ...mine.articles]),
    arriving: 0,
    newToTeam: plan.articles.new.length,
    problems: plan.problems,
    apply: async (resolution) => {
      const { team, mine, target, stayOut } = await planUpload(resolution, now);
      const local: Snapshot = {
        articles: [...team.articles, ...mine.articles],
        claims: [...team.claims, ...mine.claims],
        tombstones: [...team.tombstones, ...mine.tombstones],
      };
      await storeMerged(local, target, [{ key: LOCAL_ONLY_KEY, value: stayOut }]);
    },
  };
}
