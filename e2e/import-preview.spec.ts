import { expect, test, type Locator, type Page } from '@playwright/test';
import { claimsPanel, expectClaims } from './helpers';
import { article, bundle, chooseFile, claimOn, confirmImport } from './import-helpers';

// The preview of a bundle with many claims: the importer's worker keeps the plan and hands the
// page each list's first page; "Show more" reads the next page of that list from the worker, and
// every conflict stays reachable and is settled as chosen.

const T1 = '2026-11-30T10:00:00.000Z';
const T2 = '2026-12-01T10:00:00.000Z';
const COUNT = 60;
const TITLE = 'Soixante affirmations';
const phrase = (i: number) => `Affirmation ${String(i).padStart(3, '0')} à vérifier`;
const ARTICLE = article(
  'art-many',
  TITLE,
  Array.from({ length: COUNT }, (_, i) => `${phrase(i)}, selon le rapport.`),
);
/** The article's claims, one per sentence, as a bundle carries them. */
const claims = (verdict: string, fields: Record<string, unknown> = {}) =>
  Array.from({ length: COUNT }, (_, i) => claimOn(ARTICLE, i + 1, phrase(i), verdict, fields));

async function preview(page: Page, name: string, content: string): Promise<Locator> {
  const dialog = await chooseFile(page, name, content);
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  return dialog;
}

test('a list longer than a page reads its next page from the importer on "Show more"', async ({
  page,
}) => {
  await page.goto('/');
  const dialog = await preview(
    page,
    'soixante.verdict.json',
    bundle([ARTICLE], claims('disputed')),
  );
  const added = dialog.getByRole('group').filter({ hasText: /^New claims \(60\)/ });
  await added.getByText('New claims (60)').click();
  const listed = added.getByRole('region', { name: TITLE }).getByRole('listitem');
  await expect(listed).toHaveCount(50);
  await expect(listed.last()).toHaveText(phrase(49));
  await added.getByRole('button', { name: 'Show more' }).click();
  await expect(listed).toHaveCount(60);
  await expect(listed.last()).toHaveText(phrase(59));
  await expect(added.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await confirmImport(dialog);
  await page.reload();
  await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible();
});

test('every conflict of a long list is reachable, and kept as chosen', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await confirmImport(
    await preview(page, 'ana.verdict.json', bundle([ARTICLE], claims('disputed'))),
  );

  // Bo's copies of the same claims differ, with no common past: each is a conflict.
  const theirs = claims('confirmed', { updatedAt: T2, updatedBy: 'Bo', createdAt: T1 });
  const dialog = await preview(page, 'bo.verdict.json', bundle([ARTICLE], theirs));
  const section = dialog.getByRole('region', { name: 'Claims in conflict' });
  const conflicts = section.getByRole('listitem').filter({ has: page.getByRole('radiogroup') });
  await expect(conflicts).toHaveCount(20);
  await section.getByRole('button', { name: 'Show more' }).click();
  await expect(conflicts).toHaveCount(40);
  // Past the first page the summary brought: read from the importer.
  await section.getByRole('button', { name: 'Show more' }).click();
  await expect(conflicts).toHaveCount(60);
  await expect(section.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  const late = section.getByRole('listitem', { name: phrase(55), exact: true });
  await expect(late.getByRole('radio', { name: 'Take theirs' })).toBeChecked();
  await late.getByRole('radio', { name: 'Keep mine' }).check();
  await confirmImport(dialog);

  // The claim chosen kept Ana's version; the others, Bo's newer one.
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await page.reload();
  const search = claimsPanel(page).getByLabel('Search claims');
  await search.fill('Affirmation 055');
  await expectClaims(page, [{ verdict: 'disputed', quote: phrase(55) }]);
  await search.fill('Affirmation 054');
  await expectClaims(page, [{ verdict: 'confirmed', quote: phrase(54) }]);
});
