import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SECRET_FILE_NAME } from './secret';
import {
  acknowledged,
  connect,
  freePort,
  mapValue,
  next,
  synced,
  temporaryDataDir,
} from './testing';

/**
 * `npm run server` as a user runs it: a child process with its data folder, stopped with
 * SIGTERM (which stores every open document) or killed with SIGKILL (which does not: the
 * members' providers send what the server had not stored when they reconnect).
 */

const PORT = await freePort();
const data = temporaryDataDir();
/** What `npm run server` runs: one process, so that a signal reaches the server itself. */
const SERVER = ['--import', 'tsx', join('server', 'main.ts')];
const env = { ...process.env, SYNC_PORT: String(PORT), SYNC_DATA_DIR: data.dir };
let child: ChildProcess | undefined;
/** A token issued through the command line, once, for the tests that need one. */
let issued = '';
const teamToken = () => (issued ||= issue('desk'));

afterAll(() => {
  child?.kill('SIGKILL');
  data.remove();
});

function issue(team: string): string {
  const result = spawnSync(process.execPath, [...SERVER, '--issue-token', team, '--days', '1'], {
    env,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

/** Starts the server and resolves once it says it listens. */
function start(): Promise<ChildProcess> {
  const started = spawn(process.execPath, SERVER, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  child = started;
  return new Promise((resolve, reject) => {
    started.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening on')) resolve(started);
    });
    started.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
}

function exited(process: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => process.on('exit', (code) => resolve(code)));
}

describe('npm run server', { timeout: 60_000 }, () => {
  it('issues a token with a secret it generates once into the data folder', () => {
    expect(teamToken().split('.')).toHaveLength(3);
    expect(statSync(join(data.dir, SECRET_FILE_NAME)).mode & 0o777).toBe(0o600);
    const refused = spawnSync(process.execPath, [...SERVER, '--issue-token', 'Not A Team'], {
      env,
      encoding: 'utf8',
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('not a team name');
  });

  it('stores every open document when stopped with SIGTERM', async () => {
    let server = await start();
    const member = connect(PORT, 'desk/article/term', teamToken());
    await synced(member);
    member.document.getMap('claims').set('c1', 'confirmed');
    await acknowledged(member);
    member.destroy();
    server.kill('SIGTERM');
    expect(await exited(server)).toBe(0);

    server = await start();
    const fresh = connect(PORT, 'desk/article/term', teamToken());
    expect(await mapValue(fresh.document, 'claims', 'c1')).toBe('confirmed');
    fresh.destroy();
    server.kill('SIGTERM');
    await exited(server);
  });

  it('loses nothing a member sent when killed: the member sends it again on reconnect', async () => {
    let server = await start();
    const member = connect(PORT, 'desk/article/kill', teamToken());
    await synced(member);
    member.document.getMap('claims').set('c1', 'disputed');
    await acknowledged(member);
    const disconnected = next(member, 'disconnect');
    server.kill('SIGKILL');
    await exited(server);
    await disconnected;

    server = await start();
    // The member's provider reconnects by itself and syncs what the server lacks.
    await next(member, 'synced');
    await acknowledged(member);
    member.destroy();
    const fresh = connect(PORT, 'desk/article/kill', teamToken());
    expect(await mapValue(fresh.document, 'claims', 'c1')).toBe('disputed');
    fresh.destroy();
    server.kill('SIGTERM');
    expect(await exited(server)).toBe(0);
  });
});
