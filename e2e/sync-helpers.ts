import { expect, test, type Browser, type Page } from '@playwright/test';
import { reviewerPage } from './export-helpers';
import { addArticleFromText, markPhrase, type VerdictName } from './helpers';
import { issueTeamToken } from '../scripts/team-server.mjs';

/** The signing secret of the e2e team server (playwright.config.ts starts it with this). */
export const E2E_SYNC_SECRET = 'the e2e team server secret, long enough for HS256';

/** The e2e team server's address (playwright.config.ts sets E2E_SYNC_PORT). */
export const syncUrl = (): string => `ws://127.0.0.1:${process.env.E2E_SYNC_PORT}`;

/** A token for a team, issued by the server's own command (`npm run server -- --issue-token`). */
export function issueToken(team: string): string {
  return issueTeamToken(team, E2E_SYNC_SECRET);
}

/** Joins a team through Settings → Team (the e2e server unless told); the dialog stays open. */
export async function joinTeam(
  page: Page,
  team: string,
  token: string,
  serverUrl: string = syncUrl(),
): Promise<void> {
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Team' });
  await dialog.getByLabel('Server address').fill(serverUrl);
  await dialog.getByLabel('Team name').fill(team);
  await dialog.getByLabel('Access token').fill(token);
  await dialog.getByRole('button', { name: 'Join the team' }).click();
  await expect(dialog.getByText(`Joined team ${team} on ${serverUrl}.`)).toBeVisible();
}

/** Closes the Team dialog. */
export async function closeTeamDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Team' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** The header's sync badge. */
export const syncBadge = (page: Page) => page.locator('.sync-badge');

/** A team name no other test (nor an earlier run against the same server) uses. */
export const teamName = (label: string) =>
  `${label}-${test.info().workerIndex}-${Date.now().toString(36)}`;

/** The link to an article in the library. */
export const articleLink = (page: Page, title: string) =>
  page.getByRole('link', { name: title, exact: true });

/**
 * Ana, in a new team, shares an article with one claim and waits until it is synced; gives the
 * team, its token and her page (on the article).
 */
export async function teamWithAnArticle(
  browser: Browser,
  shared: { text: string; title: string; quote: string; verdict: VerdictName },
): Promise<{ team: string; token: string; ana: Page }> {
  const team = teamName('desk');
  const token = issueToken(team);
  const ana = await reviewerPage(browser, 'Ana');
  await joinTeam(ana, team, token);
  await closeTeamDialog(ana);
  await addArticleFromText(ana, shared.text, { title: shared.title });
  await markPhrase(ana, shared.quote, shared.verdict);
  await expect(syncBadge(ana)).toHaveText('Sync: synced');
  return { team, token, ana };
}
