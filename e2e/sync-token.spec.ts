import { createHmac } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { addArticleFromText, backToLibrary, expectClaims, markPhrase } from './helpers';
import { reviewerPage } from './export-helpers';
import {
  articleLink,
  closeTeamDialog,
  E2E_SYNC_SECRET,
  issueToken,
  joinTeam,
  syncBadge,
  syncUrl,
  teamWithAnArticle,
} from './sync-helpers';

// An expired access token: the member gets the server's reason in plain words, receives nothing
// from the team, and keeps every article and claim of the library.

const EXPIRED = 'This access token has expired. Ask your team’s administrator for a new one.';
const BUDGET = 'La dette a baissé de 8 % depuis 2020, selon le maire.';
const BUDGET_QUOTE = 'La dette a baissé de 8 % depuis 2020';
const GARE = 'La nouvelle gare accueillera 30 000 voyageurs par jour dès son ouverture.';
const GARE_QUOTE = 'accueillera 30 000 voyageurs par jour';
const GARE_SHARED = {
  text: GARE,
  title: 'La gare',
  quote: GARE_QUOTE,
  verdict: 'disputed',
} as const;

/**
 * A token for a team, signed with the e2e server's secret as the server signs its own
 * (server/tokens.ts: HS256, issuer `verdict-sync`), that expired an hour ago.
 */
function expiredToken(team: string): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256' })}.${part({ team, iss: 'verdict-sync', iat: now - 7200, exp: now - 3600 })}`;
  const signature = createHmac('sha256', E2E_SYNC_SECRET).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

test('joining with an expired token says so, stores nothing and keeps the library', async ({
  browser,
}) => {
  const { team } = await teamWithAnArticle(browser, GARE_SHARED);
  const bo = await reviewerPage(browser, 'Bo');
  await addArticleFromText(bo, BUDGET, { title: 'Le budget' });
  await markPhrase(bo, BUDGET_QUOTE, 'confirmed');

  await bo.getByRole('button', { name: 'Team', exact: true }).click();
  const dialog = bo.getByRole('dialog', { name: 'Team' });
  await dialog.getByLabel('Server address').fill(syncUrl());
  await dialog.getByLabel('Team name').fill(team);
  await dialog.getByLabel('Access token').fill(expiredToken(team));
  await dialog.getByRole('button', { name: 'Join the team' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(EXPIRED);
  await expect(dialog.getByText(/^Joined team/)).toHaveCount(0);
  await closeTeamDialog(bo);
  await expect(syncBadge(bo)).toHaveText('Team');

  await bo.reload();
  await expectClaims(bo, [{ verdict: 'confirmed', quote: BUDGET_QUOTE }]);
  await backToLibrary(bo);
  await expect(articleLink(bo, 'Le budget')).toBeVisible();
  await expect(articleLink(bo, 'La gare')).toHaveCount(0);
  await expect(syncBadge(bo)).toHaveText('Team');
});

test('a member whose token expired is refused with the message and keeps the library', async ({
  browser,
}) => {
  const { team, ana } = await teamWithAnArticle(browser, GARE_SHARED);
  const bo = await reviewerPage(browser, 'Bo');
  await joinTeam(bo, team, issueToken(team));
  await closeTeamDialog(bo);
  await articleLink(bo, 'La gare').click();
  await expectClaims(bo, [{ verdict: 'disputed', quote: GARE_QUOTE }]);
  await backToLibrary(bo);
  await addArticleFromText(bo, BUDGET, { title: 'Le budget' });
  await markPhrase(bo, BUDGET_QUOTE, 'confirmed');
  await expect(syncBadge(bo)).toHaveText('Sync: synced');

  // Time passes: the token this browser keeps is now an expired one.
  await bo.evaluate(async (token) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('verdict');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = database.transaction('settings', 'readwrite');
    const settings = transaction.objectStore('settings');
    const request = settings.get('team');
    request.onsuccess = () => {
      const row = request.result as { key: string; value: Record<string, string> };
      settings.put({ ...row, value: { ...row.value, token } });
    };
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    database.close();
  }, expiredToken(team));
  await bo.reload();
  await expect(syncBadge(bo)).toHaveText('Sync: refused');
  await syncBadge(bo).click();
  await expect(bo.getByRole('dialog', { name: 'Team' }).getByRole('alert')).toHaveText(EXPIRED);
  await closeTeamDialog(bo);

  // Ana's later work does not arrive; Bo's library is whole, his own article included.
  await backToLibrary(ana);
  await addArticleFromText(ana, 'Le tramway sera prolongé de 4 km.', { title: 'Le tram' });
  await expect(syncBadge(ana)).toHaveText('Sync: synced');
  await bo.reload();
  await expect(syncBadge(bo)).toHaveText('Sync: refused');
  await expectClaims(bo, [{ verdict: 'confirmed', quote: BUDGET_QUOTE }]);
  await backToLibrary(bo);
  await articleLink(bo, 'La gare').click();
  await expectClaims(bo, [{ verdict: 'disputed', quote: GARE_QUOTE }]);
  await backToLibrary(bo);
  await expect(articleLink(bo, 'Le tram')).toHaveCount(0);
});
