import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '@hocuspocus/extension-database';
import { SQLite } from '@hocuspocus/extension-sqlite';
import type { Extension } from '@hocuspocus/server';
import pg from 'pg';

/** Where documents are stored: a SQLite file in the data folder, or a PostgreSQL database. */
export type StoreOptions = { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; url: string };

/** The SQLite file's name in the data folder. */
export const SQLITE_FILE_NAME = 'documents.sqlite';

/**
 * SQLite in write-ahead-log mode, so that a second server instance (with Redis) may share the
 * file; closed when the server stops, so that a restart in the same process reopens it.
 */
class SqliteStore extends SQLite {
  override async onConfigure(): Promise<void> {
    await super.onConfigure();
    this.db?.pragma('journal_mode = WAL');
  }

  async onDestroy(): Promise<void> {
    this.db?.close();
  }
}

const POSTGRES_SCHEMA = `CREATE TABLE IF NOT EXISTS verdict_documents (
  name text PRIMARY KEY,
  data bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
)`;

/** Documents in PostgreSQL: one row per document with its whole Yjs state. */
class PostgresStore extends Database {
  constructor(private readonly pool: pg.Pool) {
    super({
      fetch: async ({ documentName }) => {
        const result = await pool.query<{ data: Buffer }>(
          'SELECT data FROM verdict_documents WHERE name = $1',
          [documentName],
        );
        return result.rows[0]?.data ?? null;
      },
      store: async ({ documentName, state }) => {
        await pool.query(
          `INSERT INTO verdict_documents (name, data) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
          [documentName, state],
        );
      },
    });
  }

  async onConfigure(): Promise<void> {
    await this.pool.query(POSTGRES_SCHEMA);
  }

  async onDestroy(): Promise<void> {
    await this.pool.end();
  }
}

/** The extension that loads and stores documents, creating the data folder it needs. */
export function storageExtension(store: StoreOptions): Extension {
  if (store.kind === 'postgres') {
    return new PostgresStore(new pg.Pool({ connectionString: store.url, max: 10 }));
  }
  mkdirSync(store.dataDir, { recursive: true });
  return new SqliteStore({ database: join(store.dataDir, SQLITE_FILE_NAME) });
}
