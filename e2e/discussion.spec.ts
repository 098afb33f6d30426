import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  claimCard,
  claimsPanel,
  expectNoViolations,
  markPhrase,
} from './helpers';
import { exportAs, reviewerPage } from './export-helpers';
import { importPath } from './import-helpers';

// Two reviewers discuss a claim through exported and imported bundles.

const SOURCE = 'https://www.example.fr/cloudwatt-audit';

/** Exports the open article in a format (through the export dialog where it has one). */
async function exportPath(page: Page, format: RegExp): Promise<string> {
  return (await exportAs(page, format)).path;
}

/** Imports a file from the library (preview, then confirm) and opens the article again. */
async function importFile(page: Page, path: string): Promise<string> {
  const preview = await importPath(page, path);
  await page.getByRole('link', { name: 'Cloudwatt', exact: true }).click();
  await expect(claimsPanel(page)).toBeVisible();
  return preview;
}

/** The selected card of the Bercy claim, opened. */
async function bercyCard(page: Page): Promise<Locator> {
  const card = claimCard(page, 'disputed', BERCY_QUOTE);
  if ((await card.getAttribute('aria-current')) !== 'true') {
    await card.getByRole('button').first().click();
  }
  await expect(card).toHaveAttribute('aria-current', 'true');
  return card;
}

const comments = (card: Locator) =>
  card.getByRole('list', { name: 'Comments' }).getByRole('listitem');

async function post(card: Locator, text: string): Promise<void> {
  await card.getByRole('textbox', { name: 'Add a comment' }).fill(text);
  await card.getByRole('button', { name: 'Post comment' }).click();
  await expect(card.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('');
}

/** Checks the thread holds exactly these comments, as "author: text", oldest first. */
async function expectThread(card: Locator, thread: [string, string][]): Promise<void> {
  await expect(comments(card)).toHaveCount(thread.length);
  for (const [index, [by, text]] of thread.entries()) {
    const item = comments(card).nth(index);
    await expect(item).toHaveAccessibleName(`Comment by ${by}`);
    await expect(item.locator('.comment-text')).toHaveText(text);
  }
}

test('comments travel both ways through bundles, and a deletion travels too', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const ana = await reviewerPage(browser, 'Ana');
  const bo = await reviewerPage(browser, 'Bo');

  await addArticleFromText(ana, FRENCH_ARTICLE(), { title: 'Cloudwatt', sourceUrl: SOURCE });
  await markPhrase(ana, BERCY_QUOTE, 'disputed');
  let card = await bercyCard(ana);
  // An empty comment is refused in place.
  await card.getByRole('button', { name: 'Post comment' }).click();
  await expect(card.getByRole('alert')).toHaveText('Write something before you post a comment.');
  await post(card, 'Quelle source pour ce démenti ?');
  await post(card, 'Brouillon à retirer');
  await expectThread(card, [
    ['Ana', 'Quelle source pour ce démenti ?'],
    ['Ana', 'Brouillon à retirer'],
  ]);

  // Bo receives Ana's thread: he may answer, not change her comments.
  await importFile(bo, await exportPath(ana, /^Verdict bundle/));
  card = await bercyCard(bo);
  await expectThread(card, [
    ['Ana', 'Quelle source pour ce démenti ?'],
    ['Ana', 'Brouillon à retirer'],
  ]);
  await expect(comments(card).first().getByRole('button')).toHaveCount(0);
  await expectNoViolations(bo, 'a comment thread');
  await post(card, 'Le communiqué du ministère, 3 mars.');

  // Meanwhile Ana edits one comment and deletes the other (after confirming).
  card = await bercyCard(ana);
  await comments(card).first().getByRole('button', { name: 'Edit' }).click();
  await card.getByRole('textbox', { name: 'Edit your comment' }).fill('Quelle source, Bo ?');
  await card.getByRole('button', { name: 'Save comment' }).click();
  await expect(comments(card).first()).toContainText('(edited)');
  await comments(card).nth(1).getByRole('button', { name: 'Delete' }).click();
  const confirm = ana.getByRole('dialog', { name: 'Delete this comment?' });
  await confirm.getByRole('button', { name: 'Delete comment' }).click();
  await expectThread(card, [['Ana', 'Quelle source, Bo ?']]);

  // They exchange again: each ends with the edit, the answer, and not the deleted comment.
  await importFile(ana, await exportPath(bo, /^Verdict bundle/));
  await importFile(bo, await exportPath(ana, /^Verdict bundle/));
  for (const page of [ana, bo]) {
    await page.reload();
    await expect(claimCard(page, 'disputed', BERCY_QUOTE)).toContainText('2 comments');
    card = await bercyCard(page);
    await expectThread(card, [
      ['Ana', 'Quelle source, Bo ?'],
      ['Bo', 'Le communiqué du ministère, 3 mars.'],
    ]);
  }

  // Through W3C too: Bo's export brings the same thread, and nothing comes back.
  const w3c = await exportPath(bo, /^W3C/);
  const preview = await importFile(ana, w3c);
  expect(preview).toMatch(/Unchanged claims\s*1\b/);
  expect(preview).toMatch(/Updated claims \(the older version kept in history\)\s*0\b/);
  await ana.reload();
  await expectThread(await bercyCard(ana), [
    ['Ana', 'Quelle source, Bo ?'],
    ['Bo', 'Le communiqué du ministère, 3 mars.'],
  ]);
  await ana.context().close();
  await bo.context().close();
});
