import type { Resolution } from '../domain/merge/plan';
import type { SettingRow } from './database';
import { fetchTeamCopy } from './team-fetch';
import type { JoinSummary, TeamJoinRequest, TeamJoinResponse } from './team-join.protocol';
import { planTeamJoin } from './team-join.worker';
import {
  TEAM_KEY,
  storedTeamSettings,
  teamSettingsProblem,
  type TeamSettings,
} from './team-settings';
import { db } from './database';
import { deserializeError, openChannel, serializeError } from './worker-channel';

/**
 * Joining a team from a browser that holds articles (docs/DECISIONS.md, "Joining a team"): what
 * the team holds is read first, and this library is planned into it with the merge of a file
 * import, in a worker (team-plan.ts). Nothing is sent or stored until the person confirms; then
 * this browser's library becomes the merged one in one transaction, and sync starts from the
 * team's documents as read, so that only what this browser adds or changes is sent.
 */

/** What joining (or uploading later) will do, and the means to do it or let it go. */
export interface JoinPreview extends JoinSummary {
  /**
   * Stores the merged library, settled as chosen. With `upload` false, the articles the team
   * does not hold stay in this browser only.
   */
  apply: (resolution: Partial<Resolution>, upload: boolean) => Promise<void>;
  /** Lets the planner go without storing anything. */
  discard: () => void;
}

/** A conversation with the team-join worker: one request at a time. */
function startPlanner() {
  let listener: (response: TeamJoinResponse) => void = () => undefined;
  const channel = openChannel<TeamJoinRequest, TeamJoinResponse>(
    () => new Worker(new URL('./team-join.worker.ts', import.meta.url), { type: 'module' }),
    planTeamJoin,
    {
      answer: (response) => listener(response),
      fail: (error) => listener({ kind: 'failed', error: serializeError(error) }),
    },
  );
  const ask = (request: TeamJoinRequest) =>
    new Promise<TeamJoinResponse>((resolve) => {
      listener = resolve;
      channel.send(request);
    });
  return { ask, close: () => channel.close() };
}

/**
 * Plans with the worker and gives the preview; confirming stores it with these settings rows
 * (and, for a join, the team's documents as this browser's stored copies first).
 */
export async function planPreview(
  request: Extract<TeamJoinRequest, { kind: 'plan-join' | 'plan-upload' }>,
  settings: SettingRow[],
  states?: Map<string, Uint8Array>,
): Promise<JoinPreview> {
  const planner = startPlanner();
  const planned = await planner.ask(request);
  if (planned.kind !== 'planned') {
    planner.close();
    throw planned.kind === 'failed' ? deserializeError(planned.error) : new Error(planned.kind);
  }
  return {
    ...planned.summary,
    apply: async (resolution, upload) => {
      const applied = await planner.ask({ kind: 'apply', resolution, upload, settings, states });
      planner.close();
      if (applied.kind === 'failed') throw deserializeError(applied.error);
    },
    discard: planner.close,
  };
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
  const now = new Date().toISOString();
  return planPreview(
    { kind: 'plan-join', team: copy.snapshot, now },
    [{ key: TEAM_KEY, value: team }],
    copy.states,
  );
}
