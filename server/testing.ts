import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import type { Server } from '@hocuspocus/server';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createSyncServer, type RedisOptions } from './create-server';
import { DEFAULT_LIMITS, type SyncLimits } from './limits';
import type { SyncLog } from './log';
import type { StoreOptions } from './storage';

/**
 * What the server tests share: a server on a test port with a temporary data folder, providers
 * that connect from Node (through `ws`: Node's own WebSocket lacks what the provider needs),
 * and waits on events. Used by server/*.test.ts only.
 */

/** The signing secret of the test servers. */
export const TEST_SECRET = new TextEncoder().encode('a test secret that is long enough for HS256');

/** A log that keeps what the server says, for assertions. */
export function collectingLog(): SyncLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (line) => lines.push(line), warn: (line) => lines.push(line) };
}

/** A temporary data folder, and its removal. */
export function temporaryDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'verdict-sync-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A port nothing listens on now, chosen by the system: tests never assume a fixed port is free
 * on a shared machine, and keep this one for a restart.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts a server on the port, storing in the folder (or as told), with test limits. */
export async function startServer(
  port: number,
  store: StoreOptions,
  options: { limits?: Partial<SyncLimits>; log?: SyncLog; redis?: RedisOptions } = {},
): Promise<Server> {
  const server = createSyncServer(
    {
      port,
      host: '127.0.0.1',
      secret: TEST_SECRET,
      store,
      redis: options.redis,
      limits: { ...DEFAULT_LIMITS, connectionsPerMinute: 1000, ...options.limits },
      stopOnSignals: false,
    },
    options.log ?? collectingLog(),
  );
  await server.listen();
  return server;
}

/** A provider for one document, connected from Node; retrying is off unless asked. */
export function connect(
  port: number,
  name: string,
  token: string,
  document: Y.Doc = new Y.Doc(),
): HocuspocusProvider {
  return new HocuspocusProvider({
    url: `ws://127.0.0.1:${port}`,
    name,
    token,
    document,
    WebSocketPolyfill: WebSocket,
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
}

/** Resolves with the first event's payload that satisfies the test. */
export function next<T>(
  provider: HocuspocusProvider,
  event: string,
  test: (payload: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve) => {
    const listener = (payload: T) => {
      if (!test(payload)) return;
      provider.off(event, listener);
      resolve(payload);
    };
    provider.on(event, listener);
  });
}

/** Resolves once the provider has synced with the server. */
export function synced(provider: HocuspocusProvider): Promise<unknown> {
  return provider.isSynced ? Promise.resolve() : next(provider, 'synced');
}

/** Resolves once the server has acknowledged every change the provider sent. */
export function acknowledged(provider: HocuspocusProvider): Promise<unknown> {
  return provider.unsyncedChanges === 0
    ? Promise.resolve()
    : next<{ number: number }>(provider, 'unsyncedChanges', ({ number }) => number === 0);
}

/** Resolves once a document's map holds the key with a value that satisfies the test. */
export function mapValue(
  document: Y.Doc,
  map: string,
  key: string,
  test: (value: unknown) => boolean = (value) => value !== undefined,
): Promise<unknown> {
  const target = document.getMap(map);
  return new Promise((resolve) => {
    const check = () => {
      const value = target.get(key);
      if (!test(value)) return;
      target.unobserve(check);
      resolve(value);
    };
    target.observe(check);
    check();
  });
}

/**
 * A raw Hocuspocus sync message carrying an update, as a client would send it: the document
 * name, message type Sync (0), sync type Update (2), then the bytes (lib0 variable-length
 * encoding throughout).
 */
export function rawUpdateMessage(documentName: string, update: Uint8Array): Uint8Array {
  const name = new TextEncoder().encode(documentName);
  return new Uint8Array([
    ...varUint(name.length),
    ...name,
    0,
    2,
    ...varUint(update.length),
    ...update,
  ]);
}

function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}
