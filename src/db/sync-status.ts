import type { ProblemCode } from '../domain/problem';

/*
 * The team sync's status, as the header's badge shows it: one value the engine (team-sync.ts)
 * sets and the UI reads with useSyncExternalStore.
 */

/** What the header's badge shows. */
export interface SyncStatus {
  state: 'off' | 'connecting' | 'offline' | 'synced' | 'waiting' | 'refused';
  /** Changes the server has not acknowledged yet. */
  waiting: number;
  /** Why the server refused this browser, or why a received record was left out. */
  problem: ProblemCode | null;
}

let status: SyncStatus = { state: 'off', waiting: 0, problem: null };
const listeners = new Set<() => void>();

export function setStatus(next: SyncStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

/** The current sync status (for useSyncExternalStore). */
export function getSyncStatus(): SyncStatus {
  return status;
}

/** Calls `listener` at each status change; returns the unsubscription. */
export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
