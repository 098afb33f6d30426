import { expect, test } from '@playwright/test';
import { addArticleFromText, chooseVerdict, claimCard, expectClaims, markPhrase } from './helpers';
import { closeTeamDialog, issueToken, joinTeam, syncBadge, teamName } from './sync-helpers';
import { reviewerPage } from './export-helpers';

// Team sync: two members of one team (two browser contexts, each its own IndexedDB) share what
// they mark through the e2e team server; a wrong token is refused; another team sees nothing.

const ARTICLE = [
  'La ville compte 52 000 habitants selon le dernier recensement.',
  'Le nouveau pont a coûté 14 millions d’euros, deux fois le budget prévu.',
].join('\n\n');
const QUOTE = 'Le nouveau pont a coûté 14 millions d’euros';

/** Each test its own team, so that tests running at once share nothing. */
test('a claim marked by one member reaches another, and survives a reload', async ({ browser }) => {
  const team = teamName('desk');
  const token = issueToken(team);
  const alice = await reviewerPage(browser);
  await joinTeam(alice, team, token);
  await closeTeamDialog(alice);
  await expect(syncBadge(alice)).toHaveText('Sync: synced');
  await addArticleFromText(alice, ARTICLE, { title: 'Le pont' });
  await markPhrase(alice, QUOTE, 'disputed');
  await expect(syncBadge(alice)).toHaveText('Sync: synced');

  const bob = await reviewerPage(browser);
  await joinTeam(bob, team, token);
  await closeTeamDialog(bob);
  await bob.getByRole('link', { name: 'Le pont' }).click();
  await expectClaims(bob, [{ verdict: 'disputed', quote: QUOTE }]);

  // Re-judged by Bob: Alice, on the article, follows without reloading.
  await chooseVerdict(claimCard(bob, 'disputed', QUOTE), 'confirmed');
  await expectClaims(alice, [{ verdict: 'confirmed', quote: QUOTE }]);

  // Both reload: what arrived was stored in each member's library.
  for (const page of [alice, bob]) {
    await page.reload();
    await expectClaims(page, [{ verdict: 'confirmed', quote: QUOTE }]);
    await expect(syncBadge(page)).toHaveText('Sync: synced');
  }
});

test('a wrong token is refused with a message, and no data arrives', async ({ browser }) => {
  const team = teamName('desk');
  const alice = await reviewerPage(browser);
  await joinTeam(alice, team, issueToken(team));
  await closeTeamDialog(alice);
  await addArticleFromText(alice, ARTICLE, { title: 'Le pont' });
  await markPhrase(alice, QUOTE, 'disputed');
  await expect(syncBadge(alice)).toHaveText('Sync: synced');

  const mallory = await reviewerPage(browser);
  await joinTeam(mallory, team, `${issueToken(team).slice(0, -4)}AAAA`);
  const dialog = mallory.getByRole('dialog', { name: 'Team' });
  await expect(
    dialog.getByText(
      'The team server refused this access token. Check it, or ask your team’s administrator for a new one.',
    ),
  ).toBeVisible();
  await closeTeamDialog(mallory);
  await expect(syncBadge(mallory)).toHaveText('Sync: refused');
  await expect(mallory.getByRole('link', { name: 'Le pont' })).toHaveCount(0);

  // Refused again after a reload, and still nothing.
  await mallory.reload();
  await expect(syncBadge(mallory)).toHaveText('Sync: refused');
  await expect(mallory.getByRole('link', { name: 'Le pont' })).toHaveCount(0);
});

test("a member of one team cannot open another team's article by its id", async ({ browser }) => {
  const teamB = teamName('other');
  const bella = await reviewerPage(browser);
  await joinTeam(bella, teamB, issueToken(teamB));
  await closeTeamDialog(bella);
  await addArticleFromText(bella, ARTICLE, { title: 'Le pont de B' });
  await markPhrase(bella, QUOTE, 'disputed');
  await expect(syncBadge(bella)).toHaveText('Sync: synced');
  const articleUrl = bella.url();

  const teamA = teamName('desk');
  const alice = await reviewerPage(browser);
  await joinTeam(alice, teamA, issueToken(teamA));
  await closeTeamDialog(alice);
  await expect(syncBadge(alice)).toHaveText('Sync: synced');
  await alice.goto(articleUrl);
  await expect(alice.getByText(QUOTE)).toHaveCount(0);
  await alice.goto('/');
  await expect(alice.getByRole('link', { name: 'Le pont de B' })).toHaveCount(0);
  await expect(syncBadge(alice)).toHaveText('Sync: synced');
});

test('a change made offline is kept and reaches the team on reconnecting', async ({ browser }) => {
  const team = teamName('desk');
  const token = issueToken(team);
  const alice = await reviewerPage(browser);
  await joinTeam(alice, team, token);
  await closeTeamDialog(alice);
  await addArticleFromText(alice, ARTICLE, { title: 'Le pont' });
  await markPhrase(alice, QUOTE, 'disputed');
  await expect(syncBadge(alice)).toHaveText('Sync: synced');
  const bob = await reviewerPage(browser);
  await joinTeam(bob, team, token);
  await closeTeamDialog(bob);
  await bob.getByRole('link', { name: 'Le pont' }).click();
  await expectClaims(bob, [{ verdict: 'disputed', quote: QUOTE }]);

  await alice.context().setOffline(true);
  await expect(syncBadge(alice)).toHaveText('Sync: offline');
  await chooseVerdict(claimCard(alice, 'disputed', QUOTE), 'confirmed');
  await expectClaims(alice, [{ verdict: 'confirmed', quote: QUOTE }]);
  await expect(syncBadge(alice)).toHaveText('Sync: offline');

  await alice.context().setOffline(false);
  await expectClaims(bob, [{ verdict: 'confirmed', quote: QUOTE }]);
  await expect(syncBadge(alice)).toHaveText('Sync: synced');
  await bob.reload();
  await expectClaims(bob, [{ verdict: 'confirmed', quote: QUOTE }]);
});
