import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from './storage';
import {
  TEST_SECRET,
  acknowledged,
  connect,
  freePort,
  mapValue,
  startServer,
  synced,
  temporaryDataDir,
} from './testing';
import { issueToken } from './tokens';

const PORT = await freePort();
const data = temporaryDataDir();
const store = { kind: 'sqlite', dataDir: join(data.dir, 'nested', 'data') } as const;
let server: Server;
let token: string;

beforeAll(async () => {
  server = await startServer(PORT, store);
  token = await issueToken(TEST_SECRET, 'desk', 1);
});

afterAll(async () => {
  await server.destroy();
  data.remove();
});

describe('SQLite persistence', () => {
  it('relays a change between two members, and keeps it across a server restart', async () => {
    const first = connect(PORT, 'desk/article/p1', token);
    const second = connect(PORT, 'desk/article/p1', token);
    await Promise.all([synced(first), synced(second)]);

    const claim = first.document.getMap('claims');
    first.document.transact(() => {
      claim.set('c1', 'confirmed');
      claim.set('c2', 'disputed');
    });
    expect(await mapValue(second.document, 'claims', 'c2')).toBe('disputed');
    second.document.getMap('claims').set('c3', 'unverified');
    expect(await mapValue(first.document, 'claims', 'c3')).toBe('unverified');
    await Promise.all([acknowledged(first), acknowledged(second)]);
    first.destroy();
    second.destroy();

    // Stopping stores every open document; a new server reads the data folder it created.
    await server.destroy();
    expect(existsSync(join(store.dataDir, SQLITE_FILE_NAME))).toBe(true);
    server = await startServer(PORT, store);

    const fresh = connect(PORT, 'desk/article/p1', token);
    await synced(fresh);
    expect(fresh.document.getMap('claims').toJSON()).toEqual({
      c1: 'confirmed',
      c2: 'disputed',
      c3: 'unverified',
    });
    fresh.destroy();
  });

  it('keeps documents apart by name', async () => {
    const writer = connect(PORT, 'desk/article/p2', token);
    await synced(writer);
    writer.document.getMap('claims').set('only-in-p2', 'confirmed');
    await acknowledged(writer);
    writer.destroy();
    await server.destroy();
    server = await startServer(PORT, store);

    const other = connect(PORT, 'desk/library', token);
    await synced(other);
    expect(other.document.getMap('claims').toJSON()).toEqual({});
    other.destroy();
  });
});
