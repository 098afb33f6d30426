import { deferred } from '../shared/deferred';

/** The Team dialog, loaded on first use with the join preview and its merge planner. */
export const LazyTeamDialog = deferred(
  () => import('./TeamDialog').then((m) => m.TeamDialog),
  () => null,
);
