import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { Server } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/**
 * Two server instances behind one Redis, as behind a load balancer: a member on each, the
 * same document, each change reaching the other. Runs when Debian's `redis-server` is
 * installed (`apt-get install redis-server`; .ci/run installs it), skipped otherwise.
 */

const FIRST_PORT = await freePort();
const SECOND_PORT = await freePort();
const REDIS_PORT = await freePort();
const available = spawnSync('redis-server', ['--version']).status === 0;
if (!available) {
  console.warn(
    'redis.test.ts skipped: redis-server is not installed (apt-get install redis-server)',
  );
}

const data = temporaryDataDir();
let redis: ChildProcess | undefined;
const servers: Server[] = [];

/** Starts redis-server on the test port, without persistence, and waits until it is ready. */
function startRedis(): Promise<ChildProcess> {
  const started = spawn(
    'redis-server',
    ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    started.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve(started);
    });
    started.on('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
  });
}

describe.skipIf(!available)(
  'two instances sharing documents through Redis',
  { timeout: 30_000 },
  () => {
    beforeAll(async () => {
      redis = await startRedis();
      const store = { kind: 'sqlite', dataDir: data.dir } as const;
      const shared = { redis: { host: '127.0.0.1', port: REDIS_PORT } };
      servers.push(await startServer(FIRST_PORT, store, shared));
      servers.push(await startServer(SECOND_PORT, store, shared));
    });

    afterAll(async () => {
      await Promise.all(servers.map((server) => server.destroy()));
      redis?.kill('SIGTERM');
      data.remove();
    });

    it('relays a change made on one instance to a member of the other, both ways', async () => {
      const token = await issueToken(TEST_SECRET, 'desk', 1);
      const first = connect(FIRST_PORT, 'desk/article/r1', token);
      const second = connect(SECOND_PORT, 'desk/article/r1', token);
      await Promise.all([synced(first), synced(second)]);

      first.document.getMap('claims').set('c1', 'confirmed');
      expect(await mapValue(second.document, 'claims', 'c1')).toBe('confirmed');
      second.document.getMap('claims').set('c2', 'disputed');
      expect(await mapValue(first.document, 'claims', 'c2')).toBe('disputed');
      await Promise.all([acknowledged(first), acknowledged(second)]);
      first.destroy();
      second.destroy();
    });

    it('keeps teams apart on every instance', async () => {
      const teamB = await issueToken(TEST_SECRET, 'other-desk', 1);
      const intruder = connect(SECOND_PORT, 'desk/article/r1', teamB);
      const reason = await new Promise<string>((resolve) =>
        intruder.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)),
      );
      expect(reason).toBe('wrong-team');
      expect(intruder.document.getMap('claims').toJSON()).toEqual({});
      intruder.destroy();
    });
  },
);
