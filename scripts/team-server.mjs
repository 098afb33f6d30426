// The team server as a process of its own, started the way `npm run server` starts it, for the
// specs and the benchmark that need a server they can kill and start again on their own port
// and data folder (e2e/sync-restart.spec.ts, bench/scenarios/sync.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What `npm run server` runs: one process, so that SIGKILL ends the server itself at once. */
const SERVER = ['--import', 'tsx', 'server/main.ts'];

/** How long a start may take on a loaded machine before it counts as failed. */
const START_LIMIT_MS = 60_000;

/** Whether something accepts connections on 127.0.0.1:port. */
function portInUse(port) {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/**
 * Starts the team server on 127.0.0.1:port with its documents in dataDir, signing tokens with
 * `secret`; resolves once it says it listens. Every member connects from 127.0.0.1, so the
 * per-address connection limit is raised (it is for the field, not for a test's browsers).
 */
export async function startTeamServer({ port, dataDir, secret }) {
  if (await portInUse(port)) {
    throw new Error(`Port ${port} is already in use: the team server needs a free port there.`);
  }
  const child = spawn(
    process.execPath,
    [...SERVER, '--port', String(port), '--data-dir', dataDir],
    {
      cwd: ROOT,
      env: { ...process.env, SYNC_SECRET: secret, SYNC_CONNECTIONS_PER_MINUTE: '10000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise((done) => child.once('exit', done));
  const listening = new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`The team server did not listen within ${START_LIMIT_MS} ms`)),
      START_LIMIT_MS,
    );
    const read = (chunk) => {
      output += chunk;
      if (output.includes('listening on')) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`The team server exited (${signal ?? code}) before listening:\n${output}`));
    });
  });
  /** Ends the process with the signal (SIGKILL: as a crash would) and waits for its exit. */
  const stop = async (signal = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  try {
    await listening;
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${output}`, { cause: error });
  }
  return { url: `ws://127.0.0.1:${port}`, stop, output: () => output };
}

/** A token for a team, issued by the server's own command (`npm run server -- --issue-token`). */
export function issueTeamToken(team, secret) {
  return execFileSync(process.execPath, [...SERVER, '--issue-token', team], {
    cwd: ROOT,
    env: { ...process.env, SYNC_SECRET: secret },
    encoding: 'utf8',
  }).trim();
}
