import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  addArticleFromText,
  backToLibrary,
  chooseVerdict,
  claimCard,
  expectClaims,
  expectNoViolations,
  markPhrase,
} from './helpers';
import { chooseFile, importAccepted } from './import-helpers';
import { reviewerPage } from './export-helpers';
import {
  articleLink,
  closeTeamDialog,
  issueToken,
  joinTeam,
  syncBadge,
  syncUrl,
  teamName,
  teamWithAnArticle,
} from './sync-helpers';

// Joining a team from a browser that already holds articles: the import preview first (what the
// team gains, conflicts to settle), then uploading or not; and an import's claims published.

const PONT = [
  'La ville compte 52 000 habitants selon le dernier recensement.',
  'Le nouveau pont a coûté 14 millions d’euros, deux fois le budget prévu.',
].join('\n\n');
const PONT_QUOTE = 'Le nouveau pont a coûté 14 millions d’euros';
const PONT_SECOND = 'La ville compte 52 000 habitants';
const BUDGET = [
  'Le budget municipal atteint 120 millions d’euros cette année.',
  'La dette a baissé de 8 % depuis 2020, selon le maire.',
].join('\n\n');
const BUDGET_QUOTE = 'La dette a baissé de 8 % depuis 2020';
const GARE = 'La nouvelle gare accueillera 30 000 voyageurs par jour dès son ouverture.';
const GARE_QUOTE = 'accueillera 30 000 voyageurs par jour';

/** Each test its own team, so that tests running at once share nothing. */
/** Exports the open article as a Verdict bundle; gives the file's text. */
async function exportBundle(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /^Verdict bundle/ }).click();
  const file = await download;
  const path = test.info().outputPath(`${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

/** Fills the Team form and asks to join; gives the Team dialog. */
async function askToJoin(page: Page, team: string, token: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Team' });
  await dialog.getByLabel('Server address').fill(syncUrl());
  await dialog.getByLabel('Team name').fill(team);
  await dialog.getByLabel('Access token').fill(token);
  await dialog.getByRole('button', { name: 'Join the team' }).click();
  return dialog;
}

/** Checks the count the preview's table shows on the row whose label starts with `label`. */
async function expectCount(dialog: Locator, label: string, count: number): Promise<void> {
  const row = dialog
    .getByRole('row')
    .filter({ has: dialog.page().getByRole('rowheader', { name: label }) });
  await expect(row.getByRole('cell')).toHaveText(String(count));
}

test('a member uploads his library on joining: preview, a conflict, the team receives it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const team = teamName('desk');
  const token = issueToken(team);
  const ana = await reviewerPage(browser, 'Ana');
  await joinTeam(ana, team, token);
  await closeTeamDialog(ana);
  await addArticleFromText(ana, GARE, { title: 'La gare' });
  await backToLibrary(ana);
  await addArticleFromText(ana, PONT, { title: 'Le pont' });
  await markPhrase(ana, PONT_QUOTE, 'disputed');
  await expect(syncBadge(ana)).toHaveText('Sync: synced');

  // Bo, not in the team yet, has Ana's article from a file, and an article of his own.
  const bo = await reviewerPage(browser, 'Bo');
  await importAccepted(await chooseFile(bo, 'pont.verdict.json', await exportBundle(ana)));
  await addArticleFromText(bo, BUDGET, { title: 'Le budget' });
  await markPhrase(bo, BUDGET_QUOTE, 'confirmed');

  // Since that file, both changed the claim: Ana the verdict, then Bo the verdict.
  await chooseVerdict(claimCard(ana, 'disputed', PONT_QUOTE), 'confirmed');
  await expectClaims(ana, [{ verdict: 'confirmed', quote: PONT_QUOTE }]);
  await expect(syncBadge(ana)).toHaveText('Sync: synced');
  await backToLibrary(bo);
  await articleLink(bo, 'Le pont').click();
  await chooseVerdict(claimCard(bo, 'disputed', PONT_QUOTE), 'unverified');
  await expectClaims(bo, [{ verdict: 'unverified', quote: PONT_QUOTE }]);

  const dialog = await askToJoin(bo, team, token);
  await expect(dialog.getByRole('status')).toHaveText(
    '1 article of the team arrives in this browser.',
  );
  await expectCount(dialog, 'New articles', 1);
  await expectCount(dialog, 'Unchanged articles', 1);
  await expectCount(dialog, 'New claims', 1);
  await expectCount(dialog, 'Claims in conflict', 1);
  const conflict = dialog
    .getByRole('region', { name: 'Claims in conflict' })
    .getByRole('listitem', { name: PONT_QUOTE });
  await expect(conflict.locator('.conflict-version').first()).toContainText('The team’s');
  await expect(conflict.locator('.conflict-version').first()).toContainText('Confirmed');
  await expect(conflict.locator('.conflict-version').last()).toContainText('Yours');
  await expect(conflict.locator('.conflict-version').last()).toContainText('Unverified');
  // Bo's change is the newer: the default rule keeps it.
  await expect(conflict.getByRole('radio', { name: 'Keep yours' })).toBeChecked();
  await expectNoViolations(bo, 'the preview of joining a team');
  // Nothing is sent before the choice: Ana's library has no "Le budget".
  await backToLibrary(ana);
  await expect(articleLink(ana, 'Le budget')).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Upload and join' }).click();
  await expect(dialog.getByText(`Joined team ${team} on ${syncUrl()}.`)).toBeVisible();
  await expect(dialog.getByText(/not shared with the team/)).toHaveCount(0);
  await closeTeamDialog(bo);
  await expect(syncBadge(bo)).toHaveText('Sync: synced');

  // Ana receives Bo's article and his version of the claim; Bo has the team's other article.
  await articleLink(ana, 'Le budget').click();
  await expectClaims(ana, [{ verdict: 'confirmed', quote: BUDGET_QUOTE }]);
  await backToLibrary(ana);
  await articleLink(ana, 'Le pont').click();
  await expectClaims(ana, [{ verdict: 'unverified', quote: PONT_QUOTE }]);
  await backToLibrary(bo);
  await expect(articleLink(bo, 'La gare')).toBeVisible();
  await expect(bo.getByText('Not shared with the team')).toHaveCount(0);
  await articleLink(bo, 'Le pont').click();

  for (const page of [ana, bo]) {
    await page.reload();
    await expectClaims(page, [{ verdict: 'unverified', quote: PONT_QUOTE }]);
    await backToLibrary(page);
    for (const title of ['La gare', 'Le budget'])
      await expect(articleLink(page, title)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Le pont', exact: true })).toHaveCount(1);
    await expect(syncBadge(page)).toHaveText('Sync: synced');
  }
});

test('a member who joins without uploading keeps his articles to himself', async ({ browser }) => {
  test.setTimeout(180_000);
  const { team, token, ana } = await teamWithAnArticle(browser, {
    text: GARE,
    title: 'La gare',
    quote: GARE_QUOTE,
    verdict: 'disputed',
  });

  const bo = await reviewerPage(browser, 'Bo');
  await addArticleFromText(bo, BUDGET, { title: 'Le budget' });
  await markPhrase(bo, BUDGET_QUOTE, 'confirmed');
  const dialog = await askToJoin(bo, team, token);
  await expectCount(dialog, 'New articles', 1);
  await expectCount(dialog, 'New claims', 1);
  await dialog.getByRole('button', { name: 'Join without uploading' }).click();
  await expect(dialog.getByText(`Joined team ${team} on ${syncUrl()}.`)).toBeVisible();
  await expect(
    dialog.getByText(
      '1 article of this browser is not shared with the team: it was here before joining and was not uploaded, or changed here after a teammate deleted it.',
    ),
  ).toBeVisible();
  await closeTeamDialog(bo);
  await backToLibrary(bo);
  const budgetRow = bo.getByRole('row').filter({ has: articleLink(bo, 'Le budget') });
  await expect(budgetRow).toContainText('Not shared with the team');
  await expectNoViolations(bo, 'the library with an article not shared');

  // The team's article arrives, and what Bo marks on it reaches Ana; his own article does not.
  await articleLink(bo, 'La gare').click();
  await expectClaims(bo, [{ verdict: 'disputed', quote: GARE_QUOTE }]);
  await chooseVerdict(claimCard(bo, 'disputed', GARE_QUOTE), 'confirmed');
  await expectClaims(ana, [{ verdict: 'confirmed', quote: GARE_QUOTE }]);
  await backToLibrary(bo);
  await articleLink(bo, 'Le budget').click();
  await markPhrase(bo, 'Le budget municipal', 'disputed');
  await expect(syncBadge(bo)).toHaveText('Sync: synced');
  await backToLibrary(ana);
  await expect(articleLink(ana, 'La gare')).toBeVisible();
  await expect(articleLink(ana, 'Le budget')).toHaveCount(0);

  for (const page of [ana, bo]) await page.reload();
  await backToLibrary(bo);
  await expect(articleLink(ana, 'La gare')).toBeVisible();
  await expect(articleLink(ana, 'Le budget')).toHaveCount(0);
  await expect(budgetRow).toContainText('Not shared with the team');
  const budgetClaims = [
    { verdict: 'disputed' as const, quote: 'Le budget municipal' },
    { verdict: 'confirmed' as const, quote: BUDGET_QUOTE },
  ];
  await articleLink(bo, 'Le budget').click();
  await expectClaims(bo, budgetClaims);

  // Later, Bo uploads it after all, through the same preview.
  await syncBadge(bo).click();
  const team2 = bo.getByRole('dialog', { name: 'Team' });
  await team2.getByRole('button', { name: 'Upload them to the team…' }).click();
  await expectCount(team2, 'New articles', 1);
  await expectCount(team2, 'New claims', 2);
  await expect(team2.getByRole('button', { name: 'Join without uploading' })).toHaveCount(0);
  await team2.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(team2.getByText(`Joined team ${team} on ${syncUrl()}.`)).toBeVisible();
  await expect(team2.getByText(/not shared with the team/)).toHaveCount(0);
  await closeTeamDialog(bo);
  await expect(syncBadge(bo)).toHaveText('Sync: synced');
  await articleLink(ana, 'Le budget').click();
  await expectClaims(ana, budgetClaims);
  for (const page of [ana, bo]) {
    await page.reload();
    await expectClaims(page, budgetClaims);
    await backToLibrary(page);
    await expect(page.getByText('Not shared with the team')).toHaveCount(0);
  }
});

test('claims an import adds to a shared article reach the team with nothing else done', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const { team, token, ana } = await teamWithAnArticle(browser, {
    text: PONT,
    title: 'Le pont',
    quote: PONT_QUOTE,
    verdict: 'disputed',
  });
  const bo = await reviewerPage(browser, 'Bo');
  await joinTeam(bo, team, token);
  await closeTeamDialog(bo);
  await articleLink(bo, 'Le pont').click();
  await expectClaims(bo, [{ verdict: 'disputed', quote: PONT_QUOTE }]);

  // Camille, outside the team, adds a claim to Ana's article and sends it back as a file.
  const camille = await reviewerPage(browser, 'Camille');
  await importAccepted(await chooseFile(camille, 'pont.verdict.json', await exportBundle(ana)));
  await articleLink(camille, 'Le pont').click();
  await markPhrase(camille, PONT_SECOND, 'confirmed');
  const file = await exportBundle(camille);

  const imported = await chooseFile(ana, 'camille.verdict.json', file);
  await expectCount(imported, 'New claims', 1);
  await importAccepted(imported);
  const both = [
    { verdict: 'confirmed' as const, quote: PONT_SECOND },
    { verdict: 'disputed' as const, quote: PONT_QUOTE },
  ];
  await expectClaims(bo, both);
  await bo.reload();
  await expectClaims(bo, both);
  await expect(syncBadge(bo)).toHaveText('Sync: synced');
});
