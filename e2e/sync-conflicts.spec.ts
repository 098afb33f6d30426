import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addArticleFromText,
  chooseVerdict,
  claimCard,
  expectClaims,
  expectNoViolations,
  markPhrase,
  openCard,
  type VerdictName,
} from './helpers';
import { closeTeamDialog, issueToken, joinTeam, syncBadge } from './sync-helpers';
import { reviewerPage } from './export-helpers';

// Concurrent changes to one claim (issue 14): two members of a team change the same claim
// while offline; on reconnecting, both see the conflict flagged on the card with both values,
// who set each, and the join in the claim's log; one takes the other value, both follow, and
// all of it survives a reload.

const ARTICLE = [
  'La ville compte 52 000 habitants selon le dernier recensement.',
  'Le nouveau pont a coûté 14 millions d’euros, deux fois le budget prévu.',
].join('\n\n');
const QUOTE = 'Le nouveau pont a coûté 14 millions d’euros';
const NOTE = 'Devis de la mairie : 7 millions.';

/** The sentences of a card's timeline (its details opened), newest first. */
async function timeline(card: Locator): Promise<Locator> {
  const changes = card.getByRole('region', { name: 'Changes' });
  if (!(await changes.isVisible())) await card.getByRole('button', { name: 'Details' }).click();
  await expect(changes).toBeVisible();
  return changes.locator('.timeline-text');
}

const conflictOf = (card: Locator) => card.getByRole('region', { name: 'Conflict' });

/** The card shows the conflict: the value kept and the one not kept, with who set each. */
async function expectConflict(page: Page, kept: VerdictName, lost: VerdictName, names: string[]) {
  const card = claimCard(page, kept, QUOTE);
  const conflict = conflictOf(card);
  await expect(conflict).toBeVisible();
  await expect(conflict.locator('.conflict-field')).toHaveText(['Verdict']);
  const [keptBy, lostBy] = names;
  await expect(conflict.locator('.is-kept')).toContainText(
    new RegExp(`^Kept: ${label(kept)} \\(set by ${keptBy}, .+\\)$`),
  );
  await expect(conflict.locator('.is-lost')).toContainText(
    new RegExp(`^Not kept: ${label(lost)} \\(set by ${lostBy}, .+\\) Use this value$`),
  );
  await expect(await timeline(card)).toContainText([
    `Changes made apart conflicted; the newer values were kept: the verdict ${label(lost)} → ${label(kept)}`,
  ]);
}

const label = (verdict: VerdictName) => verdict[0]!.toUpperCase() + verdict.slice(1);

test('a claim changed by two members offline shows the conflict, logged, and a choice settles it', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const team = `conflict-${test.info().workerIndex}-${Date.now().toString(36)}`;
  const token = issueToken(team);
  const ana = await reviewerPage(browser, 'Ana');
  await joinTeam(ana, team, token);
  await closeTeamDialog(ana);
  await addArticleFromText(ana, ARTICLE, { title: 'Le pont' });
  await markPhrase(ana, QUOTE, 'unverified');
  await expect(syncBadge(ana)).toHaveText('Sync: synced');

  const bo = await reviewerPage(browser, 'Bo');
  await joinTeam(bo, team, token);
  await closeTeamDialog(bo);
  await bo.getByRole('link', { name: 'Le pont' }).click();
  await expectClaims(bo, [{ verdict: 'unverified', quote: QUOTE }]);
  await expect(syncBadge(bo)).toHaveText('Sync: synced');

  // Both go offline and judge the claim differently: Ana first, then Bo.
  for (const page of [ana, bo]) {
    await page.context().setOffline(true);
    await expect(syncBadge(page)).toHaveText('Sync: offline');
  }
  await chooseVerdict(claimCard(ana, 'unverified', QUOTE), 'disputed');
  await expectClaims(ana, [{ verdict: 'disputed', quote: QUOTE }]);
  await chooseVerdict(claimCard(bo, 'unverified', QUOTE), 'confirmed');
  await expectClaims(bo, [{ verdict: 'confirmed', quote: QUOTE }]);
  // Bo also writes a rationale, which only he changed.
  const boCard = claimCard(bo, 'confirmed', QUOTE);
  await openCard(boCard);
  await boCard.getByLabel('Rationale').fill(NOTE);
  await expect(boCard.getByRole('status')).toHaveText('Saved');
  for (const page of [ana, bo]) await expect(syncBadge(page)).toHaveText('Sync: offline');

  // Back online: both keep Bo's newer verdict, flag the conflict and log the join.
  await ana.context().setOffline(false);
  await bo.context().setOffline(false);
  for (const page of [ana, bo]) {
    await expectClaims(page, [{ verdict: 'confirmed', quote: QUOTE }]);
    await expectConflict(page, 'confirmed', 'disputed', ['Bo', 'Ana']);
    await expect(syncBadge(page)).toHaveText('Sync: synced');
  }

  // The rationale only Bo wrote is kept, and is no conflict.
  await openCard(claimCard(ana, 'confirmed', QUOTE));
  await expect(claimCard(ana, 'confirmed', QUOTE).getByLabel('Rationale')).toHaveValue(NOTE);
  await expectNoViolations(bo, 'a claim card flagging a sync conflict');
  await claimCard(bo, 'confirmed', QUOTE).screenshot({
    path: test.info().outputPath('conflict-card.png'),
  });

  // Ana takes her value after all: both follow, and the flag is gone for both.
  await conflictOf(claimCard(ana, 'confirmed', QUOTE))
    .getByRole('button', { name: 'Use this value' })
    .click();
  const settled = 'Ana settled a conflict: the verdict Confirmed → Disputed';
  for (const page of [ana, bo]) {
    await expectClaims(page, [{ verdict: 'disputed', quote: QUOTE }]);
    const card = claimCard(page, 'disputed', QUOTE);
    await expect(conflictOf(card)).toHaveCount(0);
    await expect((await timeline(card)).first()).toHaveText(settled);
  }

  // After a reload, the choice and the log are still there, and the flag stays gone.
  for (const page of [ana, bo]) {
    await page.reload();
    await expect(syncBadge(page)).toHaveText('Sync: synced');
    await expectClaims(page, [{ verdict: 'disputed', quote: QUOTE }]);
    const card = claimCard(page, 'disputed', QUOTE);
    await expect(conflictOf(card)).toHaveCount(0);
    await expect((await timeline(card)).first()).toHaveText(settled);
    await openCard(card);
    await expect(card.getByLabel('Rationale')).toHaveValue(NOTE);
    await expect(await timeline(card)).toContainText([
      'Changes made apart conflicted; the newer values were kept: the verdict Disputed → Confirmed',
    ]);
  }
});

test('an approval made apart holds only on what it saw, and taking another value asks first', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const team = `approval-${test.info().workerIndex}-${Date.now().toString(36)}`;
  const token = issueToken(team);
  const ana = await reviewerPage(browser, 'Ana');
  await joinTeam(ana, team, token);
  await closeTeamDialog(ana);
  await addArticleFromText(ana, ARTICLE, { title: 'Le pont' });
  await markPhrase(ana, QUOTE, 'unverified');
  const review = (page: Page, verdict: VerdictName) =>
    claimCard(page, verdict, QUOTE).getByRole('group', { name: 'Review' });
  await review(ana, 'unverified').getByRole('button', { name: 'Send for review' }).click();
  await expect(review(ana, 'unverified')).toContainText('In review');
  await expect(syncBadge(ana)).toHaveText('Sync: synced');

  const bo = await reviewerPage(browser, 'Bo');
  await joinTeam(bo, team, token);
  await closeTeamDialog(bo);
  await bo.getByRole('link', { name: 'Le pont' }).click();
  await expect(review(bo, 'unverified')).toContainText('In review');
  await expect(syncBadge(bo)).toHaveText('Sync: synced');

  // Offline, Ana disputes the claim; Bo confirms it, then approves what he sees.
  for (const page of [ana, bo]) {
    await page.context().setOffline(true);
    await expect(syncBadge(page)).toHaveText('Sync: offline');
  }
  await chooseVerdict(claimCard(ana, 'unverified', QUOTE), 'disputed');
  await expectClaims(ana, [{ verdict: 'disputed', quote: QUOTE }]);
  await chooseVerdict(claimCard(bo, 'unverified', QUOTE), 'confirmed');
  await openCard(claimCard(bo, 'confirmed', QUOTE));
  await review(bo, 'confirmed').getByRole('button', { name: 'Approve' }).click();
  await expect(review(bo, 'confirmed')).toContainText('by Bo');

  // Back online: Bo's verdict is newer and his approval saw it, so it holds.
  await ana.context().setOffline(false);
  await bo.context().setOffline(false);
  for (const page of [ana, bo]) {
    await expectClaims(page, [{ verdict: 'confirmed', quote: QUOTE }]);
    await expect(review(page, 'confirmed')).toContainText('Approved');
    await expectConflict(page, 'confirmed', 'disputed', ['Bo', 'Ana']);
  }

  // Ana takes her verdict: she is asked first, and the claim goes back to review.
  await conflictOf(claimCard(ana, 'confirmed', QUOTE))
    .getByRole('button', { name: 'Use this value' })
    .click();
  const dialog = ana.getByRole('dialog', { name: 'Change an approved claim?' });
  await dialog.getByRole('button', { name: 'Change and send back to review' }).click();
  await expect(dialog).toHaveCount(0);
  for (const page of [ana, bo]) {
    await expectClaims(page, [{ verdict: 'disputed', quote: QUOTE }]);
    await expect(review(page, 'disputed')).toContainText('In review');
    await expect(conflictOf(claimCard(page, 'disputed', QUOTE))).toHaveCount(0);
  }
  await bo.reload();
  await expectClaims(bo, [{ verdict: 'disputed', quote: QUOTE }]);
  await expect(review(bo, 'disputed')).toContainText('In review');
  await expect(conflictOf(claimCard(bo, 'disputed', QUOTE))).toHaveCount(0);
});
