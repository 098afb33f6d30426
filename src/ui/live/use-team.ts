import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';
import {
  countLocalOnlyArticles,
  getLocalOnlyArticleIds,
  getTeamSettings,
} from '../../db/team-settings';
import { getSyncStatus, subscribeSyncStatus, type SyncStatus } from '../../db/sync-status';

/** The team this browser has joined (null: none), live (undefined while loading). */
export function useTeamSettings() {
  return useLiveQuery(getTeamSettings, []);
}

/** The state of team sync, for the header's badge. */
export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribeSyncStatus, getSyncStatus);
}

/** How many articles of this browser are kept out of its team, live (0 while loading). */
export function useLocalOnlyCount(): number {
  return useLiveQuery(countLocalOnlyArticles, []) ?? 0;
}

/** The ids of the articles this browser keeps out of its team, live (empty while loading). */
export function useLocalOnlyIds(): ReadonlySet<string> {
  const ids = useLiveQuery(getLocalOnlyArticleIds, []);
  return useMemo(() => new Set(ids ?? []), [ids]);
}
