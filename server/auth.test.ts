import type { Server } from '@hocuspocus/server';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  TEST_SECRET,
  acknowledged,
  collectingLog,
  connect,
  freePort,
  mapValue,
  next,
  startServer,
  synced,
  temporaryDataDir,
} from './testing';
import { checkToken, issueToken } from './tokens';

const PORT = await freePort();
const data = temporaryDataDir();
const log = collectingLog();
let server: Server;

beforeAll(async () => {
  server = await startServer(PORT, { kind: 'sqlite', dataDir: data.dir }, { log });
  // Team A's article holds a claim before anyone else tries to read it.
  const writer = connect(PORT, 'team-a/article/a1', await issueToken(TEST_SECRET, 'team-a', 1));
  await synced(writer);
  writer.document.getMap('claims').set('c1', 'confirmed');
  await acknowledged(writer);
  writer.destroy();
});

afterAll(async () => {
  await server.destroy();
  data.remove();
});

/** Connects with a token and resolves with the refusal reason, or 'synced'. */
async function outcome(name: string, token: string) {
  const provider = connect(PORT, name, token);
  const reason = await Promise.race([
    next<{ reason: string }>(provider, 'authenticationFailed').then(({ reason }) => reason),
    synced(provider).then(() => 'synced'),
  ]);
  const claims = provider.document.getMap('claims').toJSON();
  provider.destroy();
  return { reason, claims };
}

describe('authentication', () => {
  it('lets a token of the team read and write its documents', async () => {
    const reader = connect(PORT, 'team-a/article/a1', await issueToken(TEST_SECRET, 'team-a', 1));
    expect(await mapValue(reader.document, 'claims', 'c1')).toBe('confirmed');
    reader.destroy();
  });

  it('refuses a token signed with another secret, and sends no data', async () => {
    const forged = await issueToken(new TextEncoder().encode('x'.repeat(40)), 'team-a', 1);
    expect(await outcome('team-a/article/a1', forged)).toEqual({
      reason: 'token-invalid',
      claims: {},
    });
  });

  it('refuses an expired token, and sends no data', async () => {
    const expired = await new SignJWT({ team: 'team-a' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('verdict-sync')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(TEST_SECRET);
    expect(await outcome('team-a/article/a1', expired)).toEqual({
      reason: 'token-expired',
      claims: {},
    });
  });

  it('never opens a document of another team', async () => {
    const teamB = await issueToken(TEST_SECRET, 'team-b', 1);
    expect(await outcome('team-a/article/a1', teamB)).toEqual({ reason: 'wrong-team', claims: {} });
    expect(await outcome('team-a/library', teamB)).toEqual({ reason: 'wrong-team', claims: {} });
    // The same id under team B's name is team B's own (empty) document, not team A's.
    expect(await outcome('team-b/article/a1', teamB)).toEqual({ reason: 'synced', claims: {} });
  });

  it('refuses a missing token, garbage, and names outside the team namespaces', async () => {
    const teamA = await issueToken(TEST_SECRET, 'team-a', 1);
    expect((await outcome('team-a/library', '')).reason).toBe('token-missing');
    expect((await outcome('team-a/library', 'not.a.jwt')).reason).toBe('token-invalid');
    expect((await outcome('team-a/library', 'x'.repeat(5000))).reason).toBe('token-too-large');
    expect((await outcome('team-a', teamA)).reason).toBe('document-name-invalid');
    expect((await outcome('team-a/article/../team-b', teamA)).reason).toBe('document-name-invalid');
  });

  it('ends a connection at its first message after the token expired', async () => {
    const member = connect(PORT, 'team-a/article/a2', await issueToken(TEST_SECRET, 'team-a', 1));
    await synced(member);
    member.document.getMap('claims').set('before', 'confirmed');
    await acknowledged(member);
    // Two days later (the server's clock only: nothing waits), the token has expired.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 86_400_000);
    const closed = next<{ event: { reason: string } }>(member, 'close');
    member.document.getMap('claims').set('after', 'disputed');
    expect((await closed).event.reason).toBe('token-expired');
    vi.useRealTimers();
    member.destroy();

    const reader = connect(PORT, 'team-a/article/a2', await issueToken(TEST_SECRET, 'team-a', 1));
    await synced(reader);
    expect(reader.document.getMap('claims').toJSON()).toEqual({ before: 'confirmed' });
    reader.destroy();
  });

  it('logs each refusal with its reason', () => {
    expect(log.lines.some((line) => line.includes('team-a/article/a1: token-expired'))).toBe(true);
    expect(log.lines.some((line) => line.includes('to a token of team team-b'))).toBe(true);
  });
});

describe('tokens', () => {
  it('carry the team and an expiry', async () => {
    const check = await checkToken(TEST_SECRET, await issueToken(TEST_SECRET, 'desk-7', 2), 4096);
    expect(check.ok && check.team).toBe('desk-7');
    const days = check.ok ? (check.expiresAt.getTime() - Date.now()) / 86_400_000 : 0;
    expect(days).toBeGreaterThan(1.99);
    expect(days).toBeLessThanOrEqual(2);
  });

  it('are issued for valid team names only', async () => {
    await expect(issueToken(TEST_SECRET, 'Team A', 1)).rejects.toThrow('not a team name');
    await expect(issueToken(TEST_SECRET, 'a/b', 1)).rejects.toThrow('not a team name');
    await expect(issueToken(TEST_SECRET, 'ok', 0)).rejects.toThrow('positive');
  });

  it('without a team claim are refused', async () => {
    const noTeam = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('verdict-sync')
      .setExpirationTime('1h')
      .sign(TEST_SECRET);
    expect(await checkToken(TEST_SECRET, noTeam, 4096)).toEqual({
      ok: false,
      reason: 'token-invalid',
    });
  });
});
