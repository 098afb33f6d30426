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

/** Refusals that end a session: sending again would be refused again. */
export const FINAL_REFUSALS: ReadonlySet<string> = new Set<string>([
  'token-missing',
  'token-too-large',
  'token-invalid',
  'token-expired',
  'token-team-invalid',
  'wrong-team',
  'document-name-invalid',
  'document-too-large',
  'message-too-large',
  'update-malformed',
]);

/** What a document's connection tells of its changes. */
interface DocumentSync {
  unsyncedChanges: number;
  isSynced: boolean;
}

/**
 * The badge's state while a session runs: offline (the browser says so), connecting, N
 * changes waiting for the server, or synced once every document is.
 */
export function sessionStatus(
  documents: readonly DocumentSync[],
  connected: boolean,
  problem: ProblemCode | null,
): SyncStatus {
  const waiting = documents.reduce((sum, doc) => sum + doc.unsyncedChanges, 0);
  const state = !connected
    ? navigator.onLine
      ? 'connecting'
      : 'offline'
    : waiting > 0
      ? 'waiting'
      : documents.every((doc) => doc.isSynced)
        ? 'synced'
        : 'connecting';
  return { state, waiting, problem };
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
