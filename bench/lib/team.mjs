// Team sync for the benchmark: its own team server (scripts/team-server.mjs) on BENCH_SYNC_PORT
// with a data folder emptied at each start, and members who join the team through the app's
// Settings → Team dialog.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { issueTeamToken, startTeamServer } from '../../scripts/team-server.mjs';
import { importThroughDialog, newPage, openApp, settle } from './browser.mjs';
import { log, round } from './log.mjs';
import { PORT, TMP } from './paths.mjs';
import { openArticleFromLibrary } from './reader.mjs';

/** The team server's port: BENCH_SYNC_PORT, else the one after the app's (BENCH_PORT + 1). */
export const SYNC_PORT = Number(process.env.BENCH_SYNC_PORT || PORT + 1);

/** The bench server's signing secret (its tokens are good for this server only). */
const SECRET = 'the benchmark team server secret, long enough for HS256';

/** The team the bench's members join. */
export const TEAM = 'bench-desk';

/** Starts the team server on an empty data folder; returns it with a token for TEAM. */
export async function startBenchTeam() {
  const dataDir = join(TMP, `sync-data-${SYNC_PORT}`);
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startTeamServer({ port: SYNC_PORT, dataDir, secret: SECRET });
  log(`team server on ${server.url} (data in ${dataDir})`);
  return {
    url: server.url,
    dataDir,
    token: issueTeamToken(TEAM, SECRET),
    stop: async () => {
      await server.stop('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens Settings → Team on the library page and fills in the team's server, name and token. */
export async function fillTeamForm(page, team) {
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Team' });
  await dialog.getByLabel('Server address').fill(team.url);
  await dialog.getByLabel('Team name').fill(TEAM);
  await dialog.getByLabel('Access token').fill(team.token);
  return dialog;
}

/** Joins the team (untimed) and closes the dialog. */
export async function joinTeam(page, team) {
  const dialog = await fillTeamForm(page, team);
  await dialog.getByRole('button', { name: 'Join the team' }).click();
  await dialog.getByText(`Joined team ${TEAM} on ${team.url}.`).waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

/** Resolves once the header's badge says the team server has everything this browser has. */
export async function waitSynced(page) {
  await page.waitForFunction(
    () => document.querySelector('.sync-badge')?.textContent === 'Sync: synced',
    null,
    { polling: 100, timeout: 600_000 },
  );
}

/**
 * How many claims the server has stored for an article (0 before its document is stored): the
 * document as the server's SQLite file holds it, read without the server.
 */
function storedClaimCount(team, articleId) {
  const file = join(team.dataDir, 'documents.sqlite');
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true });
  try {
    const row = db
      .prepare('SELECT data FROM documents WHERE name = ?')
      .get(`${TEAM}/article/${articleId}`);
    if (!row) return 0;
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, new Uint8Array(row.data));
    return ydoc.getMap('claims').size;
  } catch {
    // The table is created once the server has configured its store.
    return 0;
  } finally {
    db.close();
  }
}

/**
 * The team's first member: a browser that joins the team, imports the 5,000-claim bundle
 * through the import dialog (the app then sends it to the server), and opens the article. Ready
 * once the server has stored every claim, so that every measurement starts from a team that has
 * the article.
 */
export async function teamStage(ctx, inputs) {
  ctx.noteLoad('sync setup');
  const team = await startBenchTeam();
  try {
    const page = await newPage(ctx);
    await openApp(ctx, page);
    await joinTeam(page, team);
    const imported = await importThroughDialog(page, inputs.files.bundle);
    const started = Date.now();
    const { claims, paragraphs } = inputs.description;
    while (storedClaimCount(team, inputs.article.id) < claims) {
      if (Date.now() - started > 900_000)
        throw new Error('the team server never stored the article');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const uploadMs = Date.now() - started;
    ctx.detail('sync upload (setup)', { importMs: round(imported.ms), storedAfterMs: uploadMs });
    log(
      `uploaded ${claims} claims to the team server; stored ${uploadMs} ms after the import (setup)`,
    );
    await openArticleFromLibrary(page, inputs.article.title, paragraphs);
    await settle(page);
    return { page, team, inputs };
  } catch (error) {
    await team.stop();
    throw error;
  }
}
