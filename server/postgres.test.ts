import type { Server } from '@hocuspocus/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRET, acknowledged, connect, freePort, startServer, synced } from './testing';
import { issueToken } from './tokens';

/**
 * The PostgreSQL store across a restart. Runs when SYNC_TEST_POSTGRES_URL names a database the
 * test may write to (its table `verdict_documents`), skipped with a message otherwise.
 */

const PORT = await freePort();
const url = process.env.SYNC_TEST_POSTGRES_URL;
if (!url) console.warn('postgres.test.ts skipped: set SYNC_TEST_POSTGRES_URL to run it');
const name = `desk/article/pg-${Date.now()}`;
let server: Server;

describe.skipIf(!url)('PostgreSQL storage', { timeout: 30_000 }, () => {
  const store = { kind: 'postgres', url: url ?? '' } as const;

  beforeAll(async () => {
    server = await startServer(PORT, store);
  });

  afterAll(async () => {
    await server.destroy();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('DELETE FROM verdict_documents WHERE name = $1', [name]);
    await client.end();
  });

  it('keeps a document across a server restart', async () => {
    const token = await issueToken(TEST_SECRET, 'desk', 1);
    const writer = connect(PORT, name, token);
    await synced(writer);
    writer.document.getMap('claims').set('c1', 'confirmed');
    await acknowledged(writer);
    writer.destroy();
    await server.destroy();
    server = await startServer(PORT, store);

    const reader = connect(PORT, name, token);
    await synced(reader);
    expect(reader.document.getMap('claims').toJSON()).toEqual({ c1: 'confirmed' });
    reader.destroy();
  });
});
