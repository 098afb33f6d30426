import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { backToLibrary, chooseVerdict, claimCard, expectClaims } from './helpers';
import { chooseFile, importAccepted } from './import-helpers';
import { reviewerPage } from './export-helpers';
import {
  articleLink,
  closeTeamDialog,
  joinTeam,
  syncBadge,
  teamWithAnArticle,
} from './sync-helpers';

// Article deletions in a team: one member's deletion removes the article for the others, also
// when made offline; an older file does not bring it back; and a member who changed it offline
// after the deletion keeps it, out of the team, instead of losing the change or resurrecting it.

const GARE = 'La nouvelle gare accueillera 30 000 voyageurs par jour dès son ouverture.';
const GARE_QUOTE = 'accueillera 30 000 voyageurs par jour';

/** Ana and Bo in one team, sharing "La gare" with one disputed claim; both on the library. */
async function sharedArticle(browser: Browser): Promise<{ ana: Page; bo: Page }> {
  const { team, token, ana } = await teamWithAnArticle(browser, {
    text: GARE,
    title: 'La gare',
    quote: GARE_QUOTE,
    verdict: 'disputed',
  });
  const bo = await reviewerPage(browser, 'Bo');
  await joinTeam(bo, team, token);
  await closeTeamDialog(bo);
  await articleLink(bo, 'La gare').click();
  await expectClaims(bo, [{ verdict: 'disputed', quote: GARE_QUOTE }]);
  await backToLibrary(bo);
  await backToLibrary(ana);
  return { ana, bo };
}

/** Deletes an article from the library, through its row's button and the question. */
async function deleteFromLibrary(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Delete ${title}` }).click();
  const question = page.getByRole('dialog', { name: 'Delete this article?' });
  await expect(question).toContainText('from the team’s library, for every member');
  await question.getByRole('button', { name: 'Delete article' }).click();
  await expect(articleLink(page, title)).toHaveCount(0);
}

test('an article one member deletes goes for the others, and an older file cannot bring it back', async ({
  browser,
}) => {
  const { ana, bo } = await sharedArticle(browser);
  // A file of the article, made before the deletion.
  await articleLink(ana, 'La gare').click();
  await expectClaims(ana, [{ verdict: 'disputed', quote: GARE_QUOTE }]);
  await ana.getByRole('button', { name: 'Export ▾' }).click();
  const download = ana.waitForEvent('download');
  await ana.getByRole('menuitem', { name: /^Verdict bundle/ }).click();
  const path = test.info().outputPath('gare.verdict.json');
  await (await download).saveAs(path);
  await backToLibrary(ana);

  await deleteFromLibrary(ana, 'La gare');
  await expect(syncBadge(ana)).toHaveText('Sync: synced');
  await expect(articleLink(bo, 'La gare')).toHaveCount(0);
  await bo.reload();
  await expect(syncBadge(bo)).toHaveText('Sync: synced');
  await expect(articleLink(bo, 'La gare')).toHaveCount(0);

  // The deletion's tombstones keep the older file's copy out.
  const dialog = await chooseFile(bo, 'gare.verdict.json', readFileSync(path));
  const newArticles = dialog
    .getByRole('row')
    .filter({ has: bo.getByRole('rowheader', { name: 'New articles' }) });
  await expect(newArticles.getByRole('cell')).toHaveText('0');
  await importAccepted(dialog);
  await expect(articleLink(bo, 'La gare')).toHaveCount(0);
  await ana.reload();
  await expect(syncBadge(ana)).toHaveText('Sync: synced');
  await expect(articleLink(ana, 'La gare')).toHaveCount(0);
});

test('a deletion made offline reaches the team on reconnecting', async ({ browser }) => {
  const { ana, bo } = await sharedArticle(browser);
  await bo.context().setOffline(true);
  await expect(syncBadge(bo)).toHaveText('Sync: offline');
  await deleteFromLibrary(bo, 'La gare');
  await expect(articleLink(ana, 'La gare')).toBeVisible();

  await bo.context().setOffline(false);
  await expect(articleLink(ana, 'La gare')).toHaveCount(0);
  await expect(syncBadge(bo)).toHaveText('Sync: synced');
  for (const page of [ana, bo]) {
    await page.reload();
    await expect(syncBadge(page)).toHaveText('Sync: synced');
    await expect(articleLink(page, 'La gare')).toHaveCount(0);
  }
});

test('a member who changed a deleted article offline keeps it, out of the team', async ({
  browser,
}) => {
  const { ana, bo } = await sharedArticle(browser);
  await articleLink(bo, 'La gare').click();
  await bo.context().setOffline(true);
  await expect(syncBadge(bo)).toHaveText('Sync: offline');
  await deleteFromLibrary(ana, 'La gare');
  await expect(syncBadge(ana)).toHaveText('Sync: synced');
  // After the deletion, Bo (offline) re-judges the claim.
  await chooseVerdict(claimCard(bo, 'disputed', GARE_QUOTE), 'confirmed');
  await expectClaims(bo, [{ verdict: 'confirmed', quote: GARE_QUOTE }]);

  await bo.context().setOffline(false);
  await expect(syncBadge(bo)).toHaveText('Sync: synced');
  await backToLibrary(bo);
  const row = bo.getByRole('row').filter({ has: articleLink(bo, 'La gare') });
  await expect(row).toContainText('Not shared with the team');
  await expect(articleLink(ana, 'La gare')).toHaveCount(0);

  for (const page of [ana, bo]) await page.reload();
  await expect(syncBadge(ana)).toHaveText('Sync: synced');
  await expect(articleLink(ana, 'La gare')).toHaveCount(0);
  await expect(syncBadge(bo)).toHaveText('Sync: synced');
  await expect(row).toContainText('Not shared with the team');
  await articleLink(bo, 'La gare').click();
  await expectClaims(bo, [{ verdict: 'confirmed', quote: GARE_QUOTE }]);
});
