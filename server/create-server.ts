import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import { AuthExtension } from './auth';
import { LimitsExtension, type SyncLimits } from './limits';
import { consoleLog, type SyncLog } from './log';
import { storageExtension, type StoreOptions } from './storage';

/** Where Redis runs, when several server instances serve the same teams. */
export interface RedisOptions {
  host: string;
  port: number;
  username?: string | undefined;
  password?: string | undefined;
  db?: number | undefined;
}

/** Everything a server instance needs (server/config.ts reads it from the environment). */
export interface SyncServerOptions {
  port: number;
  host: string;
  secret: Uint8Array;
  store: StoreOptions;
  redis?: RedisOptions | undefined;
  limits: SyncLimits;
  /** Whether SIGINT and SIGTERM stop the server (after storing every open document). */
  stopOnSignals: boolean;
}

/** A Hocuspocus server with the team authentication, the limits and the chosen storage. */
export function createSyncServer(options: SyncServerOptions, log: SyncLog = consoleLog): Server {
  const extensions: Extension[] = [
    new LimitsExtension(options.limits, log),
    new AuthExtension(options.secret, options.limits.maxTokenBytes, log),
    storageExtension(options.store),
  ];
  if (options.redis) {
    const { host, port, username, password, db } = options.redis;
    extensions.push(new Redis({ host, port, options: { username, password, db } }));
  }
  return new Server({
    name: 'verdict-sync',
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: options.stopOnSignals,
    extensions,
    // ws closes a connection whose message exceeds this (close code 1009) before reading it.
    websocketOptions: { maxPayload: options.limits.maxMessageBytes },
  });
}
