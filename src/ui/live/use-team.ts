import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { getTeamSettings } from '../../db/team-settings';
import { getSyncStatus, subscribeSyncStatus, type SyncStatus } from '../../db/sync-status';

/** The team this browser has joined (null: none), live (undefined while loading). */
export function useTeamSettings() {
  return useLiveQuery(getTeamSettings, []);
}

/** The state of team sync, for the header's badge. */
export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribeSyncStatus, getSyncStatus);
}
