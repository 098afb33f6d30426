import { expect, test } from '@playwright/test';
import { article, bundle, chooseFile, importAccepted } from './import-helpers';
import { closeTeamDialog, issueToken, joinTeam, syncBadge } from './sync-helpers';

// An article imported from a file is written by the importer's worker, where no hook of the
// page sees it: it still goes into the team's library document, so that every member gets it.

const IMPORTED = article('0c6f1d2e-7a4b-4c1e-9d3a-5b8e2f1a7c90', 'Le budget importé', [
  'Le budget de la ville a augmenté de 4 % cette année.',
  'La dette a été réduite de moitié depuis 2020.',
]);

test('an article imported from a file while in a team reaches the other members', async ({
  browser,
}) => {
  const team = `imported-${test.info().workerIndex}-${Date.now().toString(36)}`;
  const token = issueToken(team);
  const alice = await (await browser.newContext()).newPage();
  await alice.goto('/');
  await joinTeam(alice, team, token);
  await closeTeamDialog(alice);
  await expect(syncBadge(alice)).toHaveText('Sync: synced');
  await importAccepted(await chooseFile(alice, 'budget.verdict.json', bundle([IMPORTED])));
  await expect(alice.getByRole('link', { name: 'Le budget importé' })).toBeVisible();
  await expect(syncBadge(alice)).toHaveText('Sync: synced');

  const bob = await (await browser.newContext()).newPage();
  await bob.goto('/');
  await joinTeam(bob, team, token);
  await closeTeamDialog(bob);
  await bob.getByRole('link', { name: 'Le budget importé' }).click();
  await expect(bob.getByText('La dette a été réduite de moitié depuis 2020.')).toBeVisible();
  await bob.reload();
  await expect(bob.getByText('La dette a été réduite de moitié depuis 2020.')).toBeVisible();
});
