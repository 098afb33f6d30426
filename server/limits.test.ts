import type { Server } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  TEST_SECRET,
  acknowledged,
  collectingLog,
  connect,
  freePort,
  mapValue,
  next,
  rawUpdateMessage,
  startServer,
  synced,
  temporaryDataDir,
} from './testing';
import { issueToken } from './tokens';

const PORT = await freePort();
const DOCUMENT = 'desk/article/limits';
const data = temporaryDataDir();
const log = collectingLog();
let server: Server;
let token: string;

beforeAll(async () => {
  server = await startServer(
    PORT,
    { kind: 'sqlite', dataDir: data.dir },
    {
      log,
      limits: {
        maxDocumentBytes: 64 * 1024,
        maxMessageBytes: 256 * 1024,
        messageBurst: 20,
        messagesPerSecond: 5,
      },
    },
  );
  token = await issueToken(TEST_SECRET, 'desk', 1);
  const writer = connect(PORT, DOCUMENT, token);
  await synced(writer);
  writer.document.getMap('claims').set('c1', 'disputed');
  await acknowledged(writer);
  writer.destroy();
});

afterAll(async () => {
  await server.destroy();
  data.remove();
});

/** Resolves with the reason the server gave the provider when it closed the document. */
function closed(provider: ReturnType<typeof connect>) {
  return next<{ event: { reason: string } }>(provider, 'close').then(({ event }) => event.reason);
}

/** What a fresh member reads from the document. */
async function readClaims(port = PORT) {
  const reader = connect(port, DOCUMENT, token);
  await synced(reader);
  const claims = reader.document.getMap('claims').toJSON();
  reader.destroy();
  return claims;
}

describe('limits', () => {
  it('refuses an update that takes a document past its maximum size, and keeps the document', async () => {
    const member = connect(PORT, DOCUMENT, token);
    await synced(member);
    const refused = closed(member);
    member.document.getMap('claims').set('huge', 'x'.repeat(100 * 1024));
    expect(await refused).toEqual('document-too-large');
    member.destroy();
    expect(await readClaims()).toEqual({ c1: 'disputed' });
    expect(
      log.lines.some((line) => line.includes(`update for ${DOCUMENT}: the document would be`)),
    ).toBe(true);
  });

  it('refuses a message over the size limit before reading it, and serves others meanwhile', async () => {
    const member = connect(PORT, DOCUMENT, token);
    await synced(member);
    const refused = next<{ event: { code: number } }>(member, 'close');
    member.document.getMap('claims').set('huge', 'y'.repeat(300 * 1024));
    // ws refuses a frame over maxPayload with 1009 (message too big), before reading it.
    expect((await refused).event.code).toBe(1009);
    member.destroy();
    expect(await readClaims()).toEqual({ c1: 'disputed' });
  });

  it('refuses a malformed update, logs it, keeps serving and keeps the stored document', async () => {
    const member = connect(PORT, DOCUMENT, token);
    await synced(member);
    const refused = closed(member);
    const garbage = new Uint8Array([200, 1, 255, 255, 255, 255, 255, 7, 3, 9]);
    member.configuration.websocketProvider.send(rawUpdateMessage(DOCUMENT, garbage));
    expect(await refused).toEqual('update-malformed');
    member.destroy();
    expect(log.lines.some((line) => line.includes(`malformed update for ${DOCUMENT}`))).toBe(true);

    // Another member keeps working on the same document.
    const other = connect(PORT, DOCUMENT, token);
    await synced(other);
    other.document.getMap('claims').set('c2', 'confirmed');
    await acknowledged(other);
    other.destroy();
    expect(await readClaims()).toEqual({ c1: 'disputed', c2: 'confirmed' });
  });

  it('closes a connection that sends messages faster than its rate', async () => {
    const member = connect(PORT, 'desk/article/busy', token);
    await synced(member);
    const refused = closed(member);
    const claims = member.document.getMap('claims');
    // Each change in its own transaction is its own message: 100 at once exceed a burst of 20
    // however slowly they are handled (5 a second refill the bucket).
    for (let index = 0; index < 100; index += 1) claims.set(`c${index}`, index);
    expect(await refused).toEqual('rate-limited');
    member.destroy();
    expect(log.lines.some((line) => line.includes('too many messages'))).toBe(true);
  });

  it('stores what was accepted, intact, across a restart', async () => {
    await server.destroy();
    server = await startServer(PORT, { kind: 'sqlite', dataDir: data.dir }, { log });
    const reader = connect(PORT, DOCUMENT, token, new Y.Doc());
    expect(await mapValue(reader.document, 'claims', 'c2')).toBe('confirmed');
    expect(reader.document.getMap('claims').toJSON()).toEqual({ c1: 'disputed', c2: 'confirmed' });
    reader.destroy();
  });
});
