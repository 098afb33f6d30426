import { spawnSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { E2E_SYNC_SECRET } from './e2e/sync-helpers';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './scripts/chromium.mjs';

// E2E_PORT lets two suites run side by side on one machine (the default is vite preview's).
const PORT = Number(process.env.E2E_PORT || 4173);
if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65535) {
  throw new Error(`E2E_PORT must be a port number (1-65535), not "${process.env.E2E_PORT}"`);
}

// The team server of the sync specs (e2e/team-sync.spec.ts): E2E_SYNC_PORT, else the port after
// the app's, with a data folder emptied at each start and a fixed test secret.
const SYNC_PORT = Number(process.env.E2E_SYNC_PORT || PORT + 1);
if (!Number.isInteger(SYNC_PORT) || SYNC_PORT < 1 || SYNC_PORT > 65535 || SYNC_PORT === PORT) {
  throw new Error(
    `E2E_SYNC_PORT must be a port number other than E2E_PORT's, not "${process.env.E2E_SYNC_PORT}"`,
  );
}
process.env.E2E_SYNC_PORT = String(SYNC_PORT);
const SYNC_DATA_DIR = `e2e/.tmp/sync-data-${SYNC_PORT}`;

// The suite tests the build it serves itself, never whatever it finds on its port (an older
// build, another worktree's app): reusing a running server is only on request.
const REUSE_SERVER = process.env.E2E_REUSE_SERVER === '1';

/** Whether something accepts connections on 127.0.0.1:port (a child process: config is sync). */
function portInUse(port: number): boolean {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require('node:net').connect(${port}, '127.0.0.1')` +
        `.on('connect', () => process.exit(0)).on('error', () => process.exit(1))`,
    ],
    { timeout: 10_000 },
  );
  return probe.status === 0;
}

// Checked once, in the runner: its workers (which load this file too) inherit the variable, and
// by then the port is the suite's own server's. Playwright would also refuse a busy port, but
// its message sends you to reuseExistingServer in this file.
if (!REUSE_SERVER && !process.env.VERDICT_E2E_PORT_CHECKED) {
  process.env.VERDICT_E2E_PORT_CHECKED = '1';
  if (portInUse(PORT)) {
    throw new Error(
      `Port ${PORT} is already in use, and the e2e suite only tests a server it starts itself. ` +
        `Stop what listens there, pick a free port with E2E_PORT=<port>, or set ` +
        `E2E_REUSE_SERVER=1 to test the server that is running on purpose.`,
    );
  }
}

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  grepInvert: process.env.E2E_LONG ? undefined : /@long/,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Specs wait for states; these limits only end a wait that would never succeed. They are
  // sized for a busy machine (docs/DECISIONS.md, "Tests on a busy machine").
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 860 },
    // Debian's Chromium when present; Playwright's own browser otherwise.
    launchOptions: SYSTEM_CHROMIUM
      ? { executablePath: SYSTEM_CHROMIUM, args: [...CHROMIUM_ARGS] }
      : {},
  },
  webServer: [
    {
      // e2e runs against the production build (npm test builds first). --strictPort: should the
      // port be taken after the check above, vite preview fails instead of moving to another.
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: REUSE_SERVER,
      timeout: 60_000,
    },
    {
      command: `rm -rf ${SYNC_DATA_DIR} && node --import tsx server/main.ts --port ${SYNC_PORT} --data-dir ${SYNC_DATA_DIR}`,
      port: SYNC_PORT,
      reuseExistingServer: REUSE_SERVER,
      timeout: 60_000,
      env: {
        SYNC_SECRET: E2E_SYNC_SECRET,
        // Every test browser connects from 127.0.0.1: the per-address limit is for the field.
        SYNC_CONNECTIONS_PER_MINUTE: '10000',
      },
    },
  ],
});
