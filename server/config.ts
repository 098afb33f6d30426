import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RedisOptions, SyncServerOptions } from './create-server';
import { DEFAULT_LIMITS, type SyncLimits } from './limits';
import type { StoreOptions } from './storage';

/** The port the server listens on unless SYNC_PORT or --port says otherwise. */
export const DEFAULT_PORT = 1234;

/** What `npm run server -- --help` prints; README.md, "Team server", says the same. */
export const USAGE = `Usage: npm run server -- [options]

  --port N             port (env SYNC_PORT, default ${DEFAULT_PORT})
  --host HOST          address to listen on (env SYNC_HOST, default 127.0.0.1)
  --data-dir DIR       data folder (env SYNC_DATA_DIR, default ./sync-data)
  --postgres URL       store documents in PostgreSQL (env SYNC_DATABASE_URL)
  --redis URL          share documents between instances through Redis (env SYNC_REDIS_URL)
  --issue-token TEAM   print an access token for TEAM and exit
  --days N             with --issue-token: days until it expires (default 30)
  --help               print this

Secret: env SYNC_SECRET or SYNC_SECRET_FILE, else DATA_DIR/token-secret (created once).
Limits: SYNC_MAX_MESSAGE_MB, SYNC_MAX_DOCUMENT_MB, SYNC_MESSAGES_PER_SECOND,
SYNC_MESSAGE_BURST, SYNC_CONNECTIONS_PER_MINUTE.`;

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'issue-token'; team: string; days: number; dataDir: string }
  | { kind: 'serve'; dataDir: string; options: Omit<SyncServerOptions, 'secret'> };

type Env = Record<string, string | undefined>;

/** Reads the command line and the environment; throws with a message on a bad value. */
export function readCommand(argv: string[], env: Env): Command {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      postgres: { type: 'string' },
      redis: { type: 'string' },
      'issue-token': { type: 'string' },
      days: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return { kind: 'help' };
  const dataDir = resolve(values['data-dir'] ?? env.SYNC_DATA_DIR ?? 'sync-data');
  if (values['issue-token'] !== undefined) {
    const days = number('--days', values.days ?? '30', 1 / 24, 3660);
    return { kind: 'issue-token', team: values['issue-token'], days, dataDir };
  }
  const postgres = values.postgres ?? env.SYNC_DATABASE_URL;
  const store: StoreOptions = postgres
    ? { kind: 'postgres', url: postgres }
    : { kind: 'sqlite', dataDir };
  const redisUrl = values.redis ?? env.SYNC_REDIS_URL;
  return {
    kind: 'serve',
    dataDir,
    options: {
      port: number('port', values.port ?? env.SYNC_PORT ?? String(DEFAULT_PORT), 1, 65535),
      host: values.host ?? env.SYNC_HOST ?? '127.0.0.1',
      store,
      redis: redisUrl ? readRedisUrl(redisUrl) : undefined,
      limits: readLimits(env),
      stopOnSignals: true,
    },
  };
}

function readLimits(env: Env): SyncLimits {
  const mb = (name: string, fallback: number) =>
    env[name] ? Math.round(number(name, env[name], 0.001, 1024) * 1024 * 1024) : fallback;
  const count = (name: string, fallback: number) =>
    env[name] ? number(name, env[name], 1, 1_000_000) : fallback;
  return {
    maxMessageBytes: mb('SYNC_MAX_MESSAGE_MB', DEFAULT_LIMITS.maxMessageBytes),
    maxDocumentBytes: mb('SYNC_MAX_DOCUMENT_MB', DEFAULT_LIMITS.maxDocumentBytes),
    maxTokenBytes: DEFAULT_LIMITS.maxTokenBytes,
    messagesPerSecond: count('SYNC_MESSAGES_PER_SECOND', DEFAULT_LIMITS.messagesPerSecond),
    messageBurst: count('SYNC_MESSAGE_BURST', DEFAULT_LIMITS.messageBurst),
    connectionsPerMinute: count('SYNC_CONNECTIONS_PER_MINUTE', DEFAULT_LIMITS.connectionsPerMinute),
  };
}

function readRedisUrl(text: string): RedisOptions {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`The Redis URL "${text}" is not a URL (redis://host:port)`);
  }
  if (url.protocol !== 'redis:')
    throw new Error(`The Redis URL must start with redis://, not "${text}"`);
  const db =
    url.pathname.length > 1
      ? number('the Redis database', url.pathname.slice(1), 0, 15)
      : undefined;
  return {
    host: url.hostname || '127.0.0.1',
    port: url.port ? number('the Redis port', url.port, 1, 65535) : 6379,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db,
  };
}

function number(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}
