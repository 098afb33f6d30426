import { getSyncStatus, setStatus } from './sync-status';
import { getTeamSettings } from './team-settings';

/**
 * What the page needs of team sync before a team is joined: starting it, and telling it of
 * writes made elsewhere. The engine (team-sync.ts, with Yjs and the Hocuspocus provider) loads
 * only in a browser that has joined a team, so the first screen of one that has not carries
 * none of it (docs/DECISIONS.md, "Team sync in the browser").
 */

/** Starts syncing with the team this browser has joined, if any (at startup). */
export async function startTeamSyncIfJoined(): Promise<void> {
  if (!(await getTeamSettings())) {
    setStatus({ state: 'off', waiting: 0, problem: null });
    return;
  }
  const { startTeamSync } = await import('./team-sync');
  await startTeamSync();
}

/**
 * Publishes the articles a write outside this thread changed (the importer's worker writes to
 * IndexedDB directly, and the Dexie hooks of the page see only the page's own writes); nothing
 * to do while sync is off, when the engine is not even loaded.
 */
export function publishArticlesWritten(articleIds: readonly string[]): void {
  if (getSyncStatus().state === 'off') return;
  void import('./team-sync').then((engine) => engine.publishArticlesWritten(articleIds));
}
