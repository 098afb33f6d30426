import { db } from './database';

/** Why the database could not be opened, in the words the start screen needs. */
export type OpenFailure =
  | { kind: 'unavailable'; detail: string }
  | { kind: 'blocked'; detail: string }
  | { kind: 'other'; detail: string };

/** Handlers for events that happen after the database is open. */
export interface OpenHandlers {
  /** Another tab opened a newer version: this tab's connection is closed. */
  onReplaced: () => void;
  /** An older tab keeps the database open while this one needs to upgrade it. */
  onBlocked: () => void;
}

/** Opens the database, or says why it cannot be opened (private mode, older tab, …). */
export async function openDatabase(handlers: OpenHandlers): Promise<OpenFailure | null> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return { kind: 'unavailable', detail: 'This browser offers no IndexedDB here.' };
  }
  db.on('blocked', handlers.onBlocked);
  db.on('versionchange', () => {
    // Let the other tab upgrade; this tab must reload to use the new schema.
    db.close();
    handlers.onReplaced();
    return false;
  });
  try {
    await db.open();
    return null;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const detail = error instanceof Error ? error.message : String(error);
    if (name === 'MissingAPIError' || name === 'InvalidStateError' || /indexeddb/i.test(detail)) {
      return { kind: 'unavailable', detail };
    }
    if (name === 'VersionError') return { kind: 'blocked', detail };
    return { kind: 'other', detail };
  }
}
