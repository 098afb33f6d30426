import Dexie, { type EntityTable } from 'dexie';
import * as Y from 'yjs';

/**
 * Where this browser keeps its Yjs documents between sessions: their updates, in a Dexie
 * database of their own (`verdict-sync`), so that the library's schema, its backups and the
 * branches that change it stay as they are, and leaving a team drops it whole
 * (docs/DECISIONS.md, "Team sync in the browser").
 */
interface UpdateRow {
  seq?: number;
  doc: string;
  update: Uint8Array;
}

class SyncDatabase extends Dexie {
  updates!: EntityTable<UpdateRow, 'seq'>;

  constructor() {
    super('verdict-sync', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ updates: '++seq, doc' });
  }
}

const syncDb = new SyncDatabase();

/** Updates kept per document before they are merged into one. */
const COMPACT_AFTER = 200;

/** Applies every stored update of a document to it (origin `origin`); returns their count. */
export async function loadStoredDocument(
  name: string,
  ydoc: Y.Doc,
  origin: unknown,
): Promise<number> {
  const rows = await syncDb.updates.where('doc').equals(name).toArray();
  if (rows.length > 0) {
    Y.applyUpdate(ydoc, Y.mergeUpdates(rows.map((row) => row.update)), origin);
  }
  return rows.length;
}

/** Keeps one update of a document; merges the document's updates into one now and then. */
export async function storeUpdate(name: string, update: Uint8Array): Promise<void> {
  await syncDb.updates.add({ doc: name, update });
  const count = await syncDb.updates.where('doc').equals(name).count();
  if (count < COMPACT_AFTER) return;
  await syncDb.transaction('rw', syncDb.updates, async () => {
    const rows = await syncDb.updates.where('doc').equals(name).toArray();
    await syncDb.updates.bulkDelete(rows.map((row) => row.seq as number));
    await syncDb.updates.add({ doc: name, update: Y.mergeUpdates(rows.map((row) => row.update)) });
  });
}

/** Replaces every stored document by these states (joining a team), in one transaction. */
export async function replaceStoredDocuments(states: Map<string, Uint8Array>): Promise<void> {
  await syncDb.transaction('rw', syncDb.updates, async () => {
    await syncDb.updates.clear();
    await syncDb.updates.bulkAdd([...states].map(([doc, update]) => ({ doc, update })));
  });
}

/** Forgets every stored document (leaving a team). */
export async function clearStoredDocuments(): Promise<void> {
  await syncDb.updates.clear();
}
