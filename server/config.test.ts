import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PORT, readCommand } from './config';
import { DEFAULT_LIMITS } from './limits';
import { SECRET_FILE_NAME, loadSecret } from './secret';

const folder = mkdtempSync(join(tmpdir(), 'verdict-sync-config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the command line and environment', () => {
  it('serve SQLite in ./sync-data on 127.0.0.1:1234 by default', () => {
    expect(readCommand([], {})).toEqual({
      kind: 'serve',
      dataDir: resolve('sync-data'),
      options: {
        port: DEFAULT_PORT,
        host: '127.0.0.1',
        store: { kind: 'sqlite', dataDir: resolve('sync-data') },
        redis: undefined,
        limits: DEFAULT_LIMITS,
        stopOnSignals: true,
      },
    });
  });

  it('read the environment, and let flags win', () => {
    const env = {
      SYNC_PORT: '4000',
      SYNC_HOST: '0.0.0.0',
      SYNC_DATA_DIR: '/srv/sync',
      SYNC_DATABASE_URL: 'postgres://verdict@db/verdict',
      SYNC_REDIS_URL: 'redis://:pw@cache:6380/2',
      SYNC_MAX_DOCUMENT_MB: '8',
      SYNC_MESSAGES_PER_SECOND: '10',
    };
    const command = readCommand(['--port', '4001'], env);
    if (command.kind !== 'serve') throw new Error('expected serve');
    expect(command.options).toMatchObject({
      port: 4001,
      host: '0.0.0.0',
      store: { kind: 'postgres', url: 'postgres://verdict@db/verdict' },
      redis: { host: 'cache', port: 6380, password: 'pw', db: 2 },
      limits: { maxDocumentBytes: 8 * 1024 * 1024, messagesPerSecond: 10 },
    });
    expect(command.dataDir).toBe('/srv/sync');
  });

  it('issue tokens', () => {
    expect(
      readCommand(['--issue-token', 'desk', '--days', '7'], { SYNC_DATA_DIR: '/srv/sync' }),
    ).toEqual({
      kind: 'issue-token',
      team: 'desk',
      days: 7,
      dataDir: '/srv/sync',
    });
  });

  it.each([
    [['--port', '70000'], {}, 'port must be a number from 1 to 65535, not "70000"'],
    [[], { SYNC_PORT: 'abc' }, 'port must be a number'],
    [[], { SYNC_MAX_MESSAGE_MB: '-1' }, 'SYNC_MAX_MESSAGE_MB must be a number'],
    [['--redis', 'http://cache'], {}, 'must start with redis://'],
    [['--redis', 'cache:6379'], {}, 'must start with redis://'],
    [['--issue-token', 'desk', '--days', '0'], {}, '--days must be a number'],
    [['--prot', '1'], {}, "Unknown option '--prot'"],
  ])('refuse %j %j with a message', (argv, env, message) => {
    expect(() => readCommand(argv, env)).toThrow(message);
  });
});

describe('the signing secret', () => {
  it('is generated once into the data folder, then read back', () => {
    const dataDir = join(folder, 'generated');
    const first = loadSecret({ dataDir });
    expect(first.byteLength).toBeGreaterThanOrEqual(32);
    expect(loadSecret({ dataDir })).toEqual(first);
    expect(readFileSync(join(dataDir, SECRET_FILE_NAME), 'utf8').trim()).toBe(
      Buffer.from(first).toString(),
    );
  });

  it('comes from SYNC_SECRET or SYNC_SECRET_FILE first', () => {
    const file = join(folder, 'secret.txt');
    writeFileSync(file, `${'f'.repeat(40)}\n`);
    const dataDir = join(folder, 'unused');
    expect(Buffer.from(loadSecret({ secret: 's'.repeat(32), dataDir })).toString()).toBe(
      's'.repeat(32),
    );
    expect(Buffer.from(loadSecret({ secretFile: file, dataDir })).toString()).toBe('f'.repeat(40));
  });

  it('is refused when shorter than 32 bytes', () => {
    expect(() => loadSecret({ secret: 'short', dataDir: folder })).toThrow('shorter than 32 bytes');
  });
});
