import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  chooseVerdict,
  claimCard,
  claimsPanel,
  expectNoViolations,
  expectPainted,
  markPhrase,
  openCard,
  type VerdictName,
} from './helpers';
import { exportBundle, reviewerPage } from './export-helpers';
import { chooseFile, choosePath, confirmImport } from './import-helpers';

// Two named reviewers exchanging bundles: a claim both changed since their last exchange is one
// conflict, settled either way, with the version not kept left in the claim's log.

const SOURCE = 'https://www.example.fr/cloudwatt-audit';
const ANA_NOTE = 'Ana : démenti publié par Cloudwatt.';

/** Opens the import dialog with a file and waits for its preview. */
async function preview(page: Page, path: string): Promise<Locator> {
  const dialog = await choosePath(page, path);
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  return dialog;
}

/** Checks the count the preview's table shows on the row whose label starts with `label`. */
async function expectCount(dialog: Locator, label: string, count: number): Promise<void> {
  const row = dialog
    .getByRole('row')
    .filter({ has: dialog.page().getByRole('rowheader', { name: label }) });
  await expect(row.getByRole('cell')).toHaveText(String(count));
}

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Cloudwatt', exact: true }).click();
  await expect(claimsPanel(page)).toBeVisible();
}

/** The open card's log: its timeline entries, newest first. */
async function openLog(page: Page, verdict: VerdictName): Promise<Locator> {
  const card = claimCard(page, verdict, BERCY_QUOTE);
  await openCard(card);
  const details = card.getByRole('button', { name: 'Details', exact: true });
  if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click();
  return card.getByRole('region', { name: 'Changes' }).getByRole('listitem');
}

for (const side of ['Keep mine', 'Take theirs'] as const) {
  test(`a claim both reviewers changed is one conflict: ${side}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const ana = await reviewerPage(browser, 'Ana');
    const bo = await reviewerPage(browser, 'Bo');

    await addArticleFromText(ana, FRENCH_ARTICLE(), { title: 'Cloudwatt', sourceUrl: SOURCE });
    await markPhrase(ana, BERCY_QUOTE, 'disputed');
    const first = await preview(bo, await exportBundle(ana));
    // The preview names the new claim by its words, under its article.
    await expectCount(first, 'New claims', 1);
    const added = first.getByRole('group').filter({ hasText: /^New claims \(1\)/ });
    await added.getByText('New claims (1)').click();
    await expect(added.getByRole('region', { name: 'Cloudwatt' })).toContainText(BERCY_QUOTE);
    await confirmImport(first);

    // Since that exchange, Ana writes a rationale; Bo changes the verdict.
    const mine = claimCard(ana, 'disputed', BERCY_QUOTE);
    await openCard(mine);
    await mine.getByLabel('Rationale').fill(ANA_NOTE);
    await mine.getByLabel('Rationale').blur();
    await expect(mine.getByText('Saved', { exact: true })).toBeVisible();
    await openArticle(bo);
    const theirs = claimCard(bo, 'disputed', BERCY_QUOTE);
    await openCard(theirs);
    await chooseVerdict(theirs, 'confirmed');
    await expect(claimCard(bo, 'confirmed', BERCY_QUOTE)).toBeVisible();

    // Ana imports Bo's file: one conflict, both versions side by side.
    const dialog = await preview(ana, await exportBundle(bo));
    await expectCount(dialog, 'Claims in conflict', 1);
    await expectCount(dialog, 'Updated claims', 0);
    const conflict = dialog
      .getByRole('region', { name: 'Claims in conflict' })
      .getByRole('listitem', { name: BERCY_QUOTE });
    await expect(conflict).toHaveCount(1);
    await expect(conflict).toContainText('Differs in: Verdict, Rationale');
    const [yours, others] = [
      conflict.locator('.conflict-version').first(),
      conflict.locator('.conflict-version').last(),
    ];
    await expect(yours).toContainText('Yours');
    await expect(yours).toContainText('Disputed');
    await expect(yours).toContainText(ANA_NOTE);
    await expect(yours).toContainText('Ana,');
    await expect(others).toContainText('Theirs');
    await expect(others).toContainText('Confirmed');
    await expect(others).toContainText('Bo,');
    await expectNoViolations(ana, 'the import preview with a conflict');
    // Bo's change is the newer: the default rule keeps it.
    await expect(conflict.getByRole('radio', { name: 'Take theirs' })).toBeChecked();
    await conflict.getByRole('radio', { name: side }).check();
    await confirmImport(dialog);

    const kept: VerdictName = side === 'Keep mine' ? 'disputed' : 'confirmed';
    const keptNote = side === 'Keep mine' ? ANA_NOTE : '';
    const [winner, notKept] =
      side === 'Keep mine' ? ['Ana', 'Confirmed → Disputed'] : ['Bo', 'Disputed → Confirmed'];
    await openArticle(ana);
    await ana.reload();
    const log = await openLog(ana, kept);
    await expect(claimCard(ana, kept, BERCY_QUOTE).getByLabel('Rationale')).toHaveValue(keptNote);
    // The version not kept stays in the log: the merge names its values before the kept ones.
    await expect(log.first()).toContainText(`An import kept the version of ${winner}`);
    await expect(log.first()).toContainText(notKept);

    // Bo imports Ana's merged claim: no conflict again, and both end with the same claim.
    const back = await preview(bo, await exportBundle(ana));
    await expectCount(back, 'Claims in conflict', 0);
    await confirmImport(back);
    await openArticle(bo);
    await bo.reload();
    const boLog = await openLog(bo, kept);
    await expect(claimCard(bo, kept, BERCY_QUOTE).getByLabel('Rationale')).toHaveValue(keptNote);
    await expect(boLog.first()).toContainText(`An import kept the version of ${winner}`);
    await ana.context().close();
    await bo.context().close();
  });
}

test('a W3C quote found only in another sentence is offered there, attached in one click', async ({
  page,
}) => {
  const text = [
    'Le ministre a parlé mardi.',
    'Selon lui, le chômage a baissé de 12 % en un an, ce que les syndicats contestent.',
  ].join('\n\n');
  const quote = 'le chômage a baissé de 12 %';
  const annotations = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: {
      type: 'AnnotationPage',
      items: [
        {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          id: 'urn:uuid:1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
          type: 'Annotation',
          motivation: 'assessing',
          creator: 'Jeanne Dupont',
          body: { type: 'TextualBody', purpose: 'assessing', value: 'disputed' },
          target: {
            source: 'https://www.example.fr/chomage',
            selector: {
              type: 'TextQuoteSelector',
              exact: quote,
              prefix: 'Le gouvernement affirme que ',
              suffix: ' depuis janvier dernier',
            },
          },
        },
      ],
    },
  };
  await page.goto('/');
  await addArticleFromText(page, text, {
    title: 'Chômage',
    sourceUrl: 'https://www.example.fr/chomage',
  });
  const dialog = await chooseFile(page, 'autre-outil.jsonld', JSON.stringify(annotations));
  await dialog.getByRole('button', { name: 'Preview', exact: true }).click();
  await expectCount(dialog, 'Claims whose words were not found', 1);
  const notFound = dialog
    .getByRole('group')
    .filter({ hasText: /^Claims whose words were not found \(1\)/ });
  await expect(notFound.getByRole('region', { name: 'Chômage' })).toContainText(quote);
  const offer = notFound.getByRole('note');
  await expect(offer).toContainText('The same words are elsewhere in the text');
  await expect(offer.locator('mark')).toHaveText(quote);
  await offer.getByRole('button', { name: 'Attach here' }).click();
  await expect(offer.getByRole('status')).toHaveText('It will be attached there.');
  await confirmImport(dialog);

  await page.getByRole('link', { name: 'Chômage', exact: true }).click();
  await page.reload();
  await expectPainted(page, { disputed: [quote] });
  const card = claimCard(page, 'disputed', quote);
  await openCard(card);
  const details = card.getByRole('button', { name: 'Details', exact: true });
  if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click();
  await expect(card.getByRole('region', { name: 'Changes' })).toContainText(
    're-attached the claim',
  );
});
