// Builds the app into bench/.tmp/app (and the anchoring page) and serves it with vite preview.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { log } from './log.mjs';
import { APP_DIR, BASE, BENCH, PORT, ROOT } from './paths.mjs';

function sh(command, commandArgs) {
  const started = Date.now();
  try {
    execFileSync(command, commandArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    process.stderr.write(String(error.stdout ?? ''));
    process.stderr.write(String(error.stderr ?? ''));
    throw new Error(`${command} ${commandArgs.join(' ')} failed`, { cause: error });
  }
  log(`${command} ${commandArgs.join(' ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export function build() {
  // Hidden source maps: the JavaScript is byte for byte what a plain build ships (no
  // sourceMappingURL comment); the maps only serve to attribute time and bytes to sources.
  sh('npx', ['vite', 'build', '--outDir', APP_DIR, '--emptyOutDir', '--sourcemap', 'hidden']);
  sh('npx', ['vite', 'build', '--config', join(BENCH, 'vite.bench.config.mjs')]);
}

/**
 * Starts vite preview on BASE and waits until it answers; returns `{ stop }`. The server is
 * stopped when starting fails, and on SIGINT or SIGTERM (the process then exits with 130).
 */
export async function startServer() {
  const answers = await fetch(`${BASE}/`).then(
    () => true,
    () => false,
  );
  if (answers) throw new Error(`port ${PORT} is already in use: stop what listens there first`);
  const args = ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'];
  const server = spawn('npx', [...args, '--outDir', APP_DIR], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => stopServer(server);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      void stop().finally(() => process.exit(130));
    });
  }
  try {
    await waitForServer(server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

async function waitForServer(server) {
  let output = '';
  let exited = null;
  server.on('exit', (code) => {
    exited = code ?? -1;
  });
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`vite preview exited (${exited}):\n${output}`);
    try {
      const response = await fetch(`${BASE}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not answer on ${BASE} within 60 s:\n${output}`);
}

/** Ends the server's process group: SIGTERM, then SIGKILL after 3 s. */
async function stopServer(server) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 3000);
  await exited;
  clearTimeout(timer);
}
