import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';

/** The signing secret of the e2e team server (playwright.config.ts starts it with this). */
export const E2E_SYNC_SECRET = 'the e2e team server secret, long enough for HS256';

/** The e2e team server's address (playwright.config.ts sets E2E_SYNC_PORT). */
export const syncUrl = (): string => `ws://127.0.0.1:${process.env.E2E_SYNC_PORT}`;

/** A token for a team, issued by the server's own command (`npm run server -- --issue-token`). */
export function issueToken(team: string): string {
  return execFileSync(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--issue-token', team],
    { env: { ...process.env, SYNC_SECRET: E2E_SYNC_SECRET }, encoding: 'utf8' },
  ).trim();
}

/** Joins a team through Settings → Team; the dialog stays open. */
export async function joinTeam(page: Page, team: string, token: string): Promise<void> {
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Team' });
  await dialog.getByLabel('Server address').fill(syncUrl());
  await dialog.getByLabel('Team name').fill(team);
  await dialog.getByLabel('Access token').fill(token);
  await dialog.getByRole('button', { name: 'Join the team' }).click();
  await expect(dialog.getByText(`Joined team ${team} on ${syncUrl()}.`)).toBeVisible();
}

/** Closes the Team dialog. */
export async function closeTeamDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Team' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** The header's sync badge. */
export const syncBadge = (page: Page) => page.locator('.sync-badge');
