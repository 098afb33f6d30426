/// <reference lib="webworker" />
import type { Resolution } from '../domain/merge/plan';
import { VerdictError } from '../domain/problem';
import { replaceStoredDocuments } from './sync-local-store';
import type { TeamJoinRequest, TeamJoinResponse } from './team-join.protocol';
import { planJoin, planUpload, storeMerged, type TeamPlan } from './team-plan';
import { LOCAL_ONLY_KEY } from './team-settings';
import { serializeError, serve, type Handler } from './worker-channel';

/**
 * Plans joining a team, or uploading later, off the main thread (a library's plan costs
 * seconds), then stores it on the page's word: planned again against the library as it is then,
 * settled as the person chose (docs/DECISIONS.md, "Joining a team").
 */
export const planTeamJoin: Handler<TeamJoinRequest, TeamJoinResponse> = (answer) => {
  let replan: ((resolution: Partial<Resolution>) => Promise<TeamPlan>) | null = null;

  async function handle(request: TeamJoinRequest): Promise<TeamJoinResponse> {
    if (request.kind === 'plan-join') {
      const { team, now } = request;
      replan = (resolution) => planJoin(team, resolution, now);
    } else if (request.kind === 'plan-upload') {
      const { deleted, now } = request;
      replan = (resolution) => planUpload(deleted, resolution, now);
    } else {
      if (!replan) throw new VerdictError('nothing-to-import');
      const planned = await replan(request.resolution);
      const keptOut = request.upload ? planned.keptOut.upload : planned.keptOut.decline;
      const { states } = request;
      await storeMerged(
        planned.local,
        planned.target,
        [{ key: LOCAL_ONLY_KEY, value: keptOut }, ...request.settings],
        states && (() => replaceStoredDocuments(states)),
      );
      return { kind: 'applied' };
    }
    return { kind: 'planned', summary: (await replan({})).summary };
  }

  return (request) => {
    handle(request).then(answer, (error: unknown) =>
      answer({ kind: 'failed', error: serializeError(error) }),
    );
  };
};

serve(planTeamJoin);
