import Dexie, { type ObservabilitySet } from 'dexie';
import { db } from './database';

/** The tables an import's plan is made from. */
const PLANNED_FROM = ['articles', 'claims', 'tombstones'];

/** Whether a write since a watch started touched the library's articles, claims or tombstones. */
export interface LibraryWatch {
  changed(): boolean;
  stop(): void;
}

/**
 * Watches the library for writes from any context (this one, other tabs and workers: Dexie's
 * `storagemutated`), from now until `stop`: an import's plan holds only while nothing it was made
 * from changed. Start it before reading the library, so that no write between the read and the
 * watch goes unseen.
 */
export function watchLibrary(): LibraryWatch {
  let changed = false;
  const tables = PLANNED_FROM.map((table) => `idb://${db.name}/${table}/`);
  const onMutated = (parts: ObservabilitySet) => {
    if ('all' in parts) changed = true;
    else changed ||= Object.keys(parts).some((key) => tables.some((t) => key.startsWith(t)));
  };
  Dexie.on('storagemutated', onMutated);
  return {
    changed: () => changed,
    stop: () => Dexie.on('storagemutated').unsubscribe(onMutated),
  };
}
