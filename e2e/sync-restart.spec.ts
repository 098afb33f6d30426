import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startTeamServer, type TeamServerProcess } from '../scripts/team-server.mjs';
import { kill, openPage, startBrowser } from './browser-process';
import {
  addArticleFromText,
  chooseVerdict,
  claimCard,
  expectClaims,
  markPhrase,
  settle,
  type VerdictName,
} from './helpers';
import { closeTeamDialog, E2E_SYNC_SECRET, issueToken, joinTeam, syncBadge } from './sync-helpers';
import { storedClaims } from './team-store';

// The team server is killed (SIGKILL, as a crash would) and started again on the same data
// folder while members keep working; a member's browser is killed with changes it saved but
// never sent; a page dies between receiving a teammate's change and storing it. Nothing the
// header called saved is lost or undone: it reaches every member, survives a reload, and is in
// the server's stored documents. Each test starts a server of its own (the suite's shared one
// cannot be killed), with a temporary data folder: on E2E_RESTART_PORT, the next port and the
// one after (default: the three after E2E_SYNC_PORT).

const RESTART_PORT = Number(
  process.env.E2E_RESTART_PORT || Number(process.env.E2E_SYNC_PORT || 4174) + 1,
);
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;

const ARTICLE = [
  'Le maire affirme que la ville compte 52 000 habitants selon le dernier recensement.',
  'Le nouveau pont a coûté 14 millions d’euros, deux fois le budget prévu.',
  'Le chômage a baissé de trois points en un an, selon la préfecture.',
].join('\n\n');
const TITLE = 'Le pont et le chômage';
const FIRST = 'la ville compte 52 000 habitants';
const SECOND = 'Le nouveau pont a coûté 14 millions d’euros';
const THIRD = 'Le chômage a baissé de trois points';

/** What the servers and browsers of a test are, so that afterAll ends them even on failure. */
const servers = new Set<TeamServerProcess>();
const browsers = new Set<ChildProcess>();
const folders: string[] = [];

// Tracing attaches to every browser the test connects to, and cannot stop on one that was
// killed on purpose.
test.use({ trace: 'off' });

test.afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const proc of browsers) await kill(proc);
  for (const dir of folders) rmSync(dir, { recursive: true, force: true, maxRetries: 10 });
});

function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** The test's team server: started (again) on its port and data folder. */
function teamServer(port: number, dataDir: string) {
  let running: TeamServerProcess | null = null;
  return {
    url: `ws://127.0.0.1:${port}`,
    async start() {
      running = await startTeamServer({ port, dataDir, secret: E2E_SYNC_SECRET });
      servers.add(running);
    },
    /** SIGKILL: the server stores nothing more, as in a crash. */
    async kill() {
      if (!running) return;
      await running.stop('SIGKILL');
      servers.delete(running);
      running = null;
    },
  };
}

/** Each test its own team. */
const teamName = (label: string) => `${label}-${Date.now().toString(36)}`;

/** A fresh member in a browser context of its own, joined to the team. */
async function member(browser: Browser, team: string, token: string, url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  await joinTeam(page, team, token, url);
  await closeTeamDialog(page);
  await expect(syncBadge(page)).toHaveText('Sync: synced');
  return page;
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'All changes saved' });

/** Reconnecting follows the provider's back-off (up to 30 s between attempts, with jitter). */
const RECONNECT = { timeout: 75_000 };

const everything: { verdict: VerdictName; quote: string }[] = [
  { verdict: 'confirmed', quote: FIRST },
  { verdict: 'confirmed', quote: SECOND },
  { verdict: 'unverified', quote: THIRD },
];

test('the server is killed and restarted while members edit, and nothing is lost', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const dataDir = temporaryFolder('verdict-restart-');
  const server = teamServer(RESTART_PORT, dataDir);
  await server.start();
  const team = teamName('restart');
  const token = issueToken(team);

  const alice = await member(browser, team, token, server.url);
  await addArticleFromText(alice, ARTICLE, { title: TITLE });
  await markPhrase(alice, FIRST, 'disputed');
  await expect(syncBadge(alice)).toHaveText('Sync: synced');
  const bob = await member(browser, team, token, server.url);
  await bob.getByRole('link', { name: TITLE }).click();
  await expectClaims(bob, [{ verdict: 'disputed', quote: FIRST }]);

  // The server dies; both keep working, and the app keeps saving in each browser.
  await server.kill();
  for (const page of [alice, bob]) await expect(syncBadge(page)).toHaveText('Sync: connecting…');
  await markPhrase(alice, SECOND, 'confirmed');
  await expect(saved(alice)).toBeVisible();
  await chooseVerdict(claimCard(bob, 'disputed', FIRST), 'confirmed');
  await markPhrase(bob, THIRD, 'unverified');
  await expect(saved(bob)).toBeVisible();
  // Nothing could travel: each still sees only its own changes.
  await expectClaims(alice, [
    { verdict: 'disputed', quote: FIRST },
    { verdict: 'confirmed', quote: SECOND },
  ]);
  for (const page of [alice, bob]) await expect(syncBadge(page)).toHaveText('Sync: connecting…');

  // Back on the same data folder: every change reaches both members.
  await server.start();
  for (const page of [alice, bob]) {
    await expect(syncBadge(page)).toHaveText('Sync: synced', RECONNECT);
    await expectClaims(page, everything);
  }
  for (const page of [alice, bob]) {
    await page.reload();
    await expectClaims(page, everything);
    await expect(syncBadge(page)).toHaveText('Sync: synced', RECONNECT);
  }

  // The server's store holds it all once the members are gone: after another crash, a fresh
  // member gets everything from the stored documents alone.
  await alice.context().close();
  await bob.context().close();
  await expect.poll(() => storedClaims(dataDir, team), RECONNECT).toEqual(everything);
  await server.kill();
  await server.start();
  const carol = await member(browser, team, token, server.url);
  await carol.getByRole('link', { name: TITLE }).click();
  await expectClaims(carol, everything);
  await carol.reload();
  await expectClaims(carol, everything);
  await server.kill();
});

test('a browser killed mid-sync loses nothing it called saved: it sends it on coming back', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const dataDir = temporaryFolder('verdict-restart-');
  const server = teamServer(RESTART_PORT + 1, dataDir);
  await server.start();
  const team = teamName('killed');
  const token = issueToken(team);

  // Alice's browser is a process of the test's own, on a profile folder it keeps.
  const profile = temporaryFolder('verdict-restart-profile-');
  let started = await startBrowser(profile);
  browsers.add(started.proc);
  let alice = await openPage(started.browser);
  await alice.goto(APP);
  await joinTeam(alice, team, token, server.url);
  await closeTeamDialog(alice);
  await addArticleFromText(alice, ARTICLE, { title: TITLE });
  await markPhrase(alice, FIRST, 'disputed');
  await expect(syncBadge(alice)).toHaveText('Sync: synced');
  const articleUrl = alice.url();
  const bob = await member(browser, team, token, server.url);
  await bob.getByRole('link', { name: TITLE }).click();
  await expectClaims(bob, [{ verdict: 'disputed', quote: FIRST }]);

  // With the server down, Alice's changes are saved in her browser and cannot be sent…
  await server.kill();
  await expect(syncBadge(alice)).toHaveText('Sync: connecting…');
  await chooseVerdict(claimCard(alice, 'disputed', FIRST), 'confirmed');
  await markPhrase(alice, SECOND, 'confirmed');
  await expect(saved(alice)).toBeVisible();
  const alicesWork: { verdict: VerdictName; quote: string }[] = [
    { verdict: 'confirmed', quote: FIRST },
    { verdict: 'confirmed', quote: SECOND },
  ];
  await expectClaims(alice, alicesWork);

  // …and her browser is killed, every process at once, before it could send them.
  await kill(started.proc);
  browsers.delete(started.proc);
  await server.start();
  await expect(syncBadge(bob)).toHaveText('Sync: synced', RECONNECT);
  await expectClaims(bob, [{ verdict: 'disputed', quote: FIRST }]);

  // She comes back: what she saved is there, and goes to the team.
  started = await startBrowser(profile);
  browsers.add(started.proc);
  alice = await openPage(started.browser);
  await alice.goto(articleUrl);
  await expectClaims(alice, alicesWork);
  await expect(syncBadge(alice)).toHaveText('Sync: synced', RECONNECT);
  await expectClaims(bob, alicesWork);
  await bob.reload();
  await expectClaims(bob, alicesWork);
  await expect.poll(() => storedClaims(dataDir, team), RECONNECT).toEqual(alicesWork);

  await kill(started.proc);
  browsers.delete(started.proc);
  await server.kill();
});

test('a change received but not yet in the library when the page dies is not undone', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const dataDir = temporaryFolder('verdict-restart-');
  const server = teamServer(RESTART_PORT + 2, dataDir);
  await server.start();
  const team = teamName('received');
  const token = issueToken(team);
  const alice = await member(browser, team, token, server.url);
  await addArticleFromText(alice, ARTICLE, { title: TITLE });
  await markPhrase(alice, FIRST, 'disputed');
  const bobs = await browser.newContext();
  let bob = await bobs.newPage();
  let frames = 0;
  bob.on('websocket', (socket) => socket.on('framereceived', () => frames++));
  await bob.goto('/');
  await joinTeam(bob, team, token, server.url);
  await closeTeamDialog(bob);
  await bob.getByRole('link', { name: TITLE }).click();
  await expectClaims(bob, [{ verdict: 'disputed', quote: FIRST }]);
  await expect(syncBadge(bob)).toHaveText('Sync: synced');
  const articleUrl = bob.url();

  // Another page of Bob's holds his library's claims in a write transaction, so that what his
  // app receives now cannot reach the library…
  const holder = await bobs.newPage();
  await holder.goto('/favicon.svg');
  await holder.evaluate(
    () =>
      new Promise<void>((held, failed) => {
        const open = indexedDB.open('verdict');
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('claims', 'readwrite').objectStore('claims');
          // Requests one after the other keep the transaction open until the page dies.
          const keep = () => (store.count().onsuccess = keep);
          keep();
          held();
        };
      }),
  );
  // …while Alice re-judges the claim and the change reaches his page.
  const before = frames;
  await chooseVerdict(claimCard(alice, 'disputed', FIRST), 'confirmed');
  await expect.poll(() => frames).toBeGreaterThan(before);
  await settle(bob);
  // Both pages die before the library gets the change.
  await bob.close();
  await holder.close();

  // Bob comes back: he gets the new verdict, and his library's old one does not undo Alice's.
  bob = await bobs.newPage();
  await bob.goto(articleUrl);
  await expectClaims(bob, [{ verdict: 'confirmed', quote: FIRST }]);
  await expect(syncBadge(bob)).toHaveText('Sync: synced', RECONNECT);
  // A later change of Bob's reaching Alice means everything he sent before it has too.
  await markPhrase(bob, SECOND, 'unverified');
  const both: { verdict: VerdictName; quote: string }[] = [
    { verdict: 'confirmed', quote: FIRST },
    { verdict: 'unverified', quote: SECOND },
  ];
  await expectClaims(alice, both);
  await expectClaims(bob, both);
  await expect.poll(() => storedClaims(dataDir, team), RECONNECT).toEqual(both);
  await server.kill();
});
