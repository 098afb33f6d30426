import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  expectNoViolations,
  markPhrase,
  openCard,
  ratedCard,
  selectPhrase,
} from './helpers';

// Issue 17, point 6: the fact-check report opened from the reader, and its HTML and Markdown
// files. The article's title and the rationale carry markup that must stay text everywhere.

// Each journey first sets a scale and reviews two claims (a source among them): longer than
// most specs on a loaded machine.
test.slow();

const TITLE = 'Cloudwatt <script>alert(1)</script> & l’audit';
const NOTE = 'Démenti de Cloudwatt. <script>document.title="pwned"</script>';
const SOURCE = 'https://www.example.fr/communique?a=1&b=2';

async function addSource(card: Locator): Promise<void> {
  const details = card.getByRole('button', { name: /details/i });
  if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click();
  await card.getByRole('button', { name: 'Add evidence' }).click();
  const source = card.getByRole('group', { name: 'Source 1' });
  await source.getByLabel('URL').fill(SOURCE);
  await source.getByLabel('Title').fill('Communiqué <b>officiel</b>');
  await source.getByLabel('Stance').selectOption('refutes');
  await expect(source.getByLabel('URL')).toHaveAccessibleDescription('Saved');
}

/** Sets the five-rating scale and reviews two claims, one with a rationale and a source. */
async function reviewedArticle(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Rating scale…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rating scale' });
  await dialog.getByLabel('Start from').selectOption({ label: 'Five ratings' });
  await dialog.getByRole('button', { name: 'Save the scale' }).click();
  await expect(dialog).toBeHidden();
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: TITLE, publisher: 'Next INpact' });
  await selectPhrase(page, BERCY_QUOTE);
  await page.keyboard.press('4');
  const bercy = ratedCard(page, 'Misleading', BERCY_QUOTE);
  await bercy.getByLabel('Rationale').fill(NOTE);
  await addSource(bercy);
  await markPhrase(page, 'Patrick Starck', 'confirmed');
  await openCard(bercy);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

async function downloaded(download: Promise<Download>): Promise<string> {
  return readFile((await (await download).path())!, 'utf8');
}

test('the report lists the claims with ratings and sources, and survives a reload', async ({
  page,
}) => {
  await reviewedArticle(page);
  await page.getByRole('button', { name: 'Report' }).click();
  const report = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1 }) });
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const claims = report.locator('.report-claim');
  await expect(claims.locator('h3')).toHaveText(['1. ✓ Confirmed', '2. ! Misleading']);
  await expect(claims.nth(1)).toContainText(BERCY_QUOTE);
  await expect(claims.nth(1)).toContainText(NOTE);
  await expect(
    claims.nth(1).getByRole('link', { name: 'Communiqué <b>officiel</b>' }),
  ).toHaveAttribute('href', SOURCE);
  await expect(claims.nth(1)).toContainText('(Refutes)');
  await expect(report.getByRole('row', { name: '! Misleading 1' })).toBeVisible();
  await expect(report.locator('.report-ref')).toHaveText(['[1]', '[2]']);
  await expect(report.locator('mark')).toHaveText(['Patrick Starck', BERCY_QUOTE]);
  await expect(page).toHaveTitle(/Verdict/);
  await expectNoViolations(page, 'the report');

  await page.reload();
  await expect(report.locator('.report-claim h3')).toHaveText([
    '1. ✓ Confirmed',
    '2. ! Misleading',
  ]);
  await page.getByRole('button', { name: 'Back to the article' }).click();
  await expect(ratedCard(page, 'Misleading', BERCY_QUOTE)).toBeVisible();
});

test('the report downloads as HTML without scripts and as Markdown', async ({ page, context }) => {
  await reviewedArticle(page);
  await page.getByRole('button', { name: 'Report' }).click();
  await expect(page.locator('.report-claim')).toHaveCount(2);

  const html = await downloaded(
    Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download HTML' }).click(),
    ]).then(([d]) => d),
  );
  const opened = await context.newPage();
  await opened.setContent(html);
  await expect(opened.locator('script')).toHaveCount(0);
  await expect(opened).toHaveTitle(`Fact-check report: ${TITLE}`);
  await expect(opened.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(opened.locator('.report-claim h3')).toHaveText([
    '1. ✓ Confirmed',
    '2. ! Misleading',
  ]);
  await expect(opened.locator('.report-claim').nth(1)).toContainText(NOTE);
  await expect(opened.getByRole('link', { name: 'Communiqué <b>officiel</b>' })).toHaveAttribute(
    'href',
    SOURCE,
  );
  // The style sheet came inline: the highlight is underlined without the app's files.
  await expect(opened.locator('mark').first()).toHaveCSS('text-decoration-line', 'underline');

  const markdown = await downloaded(
    Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]).then(([d]) => d),
  );
  expect(markdown).toContain(
    '# Fact-check report: Cloudwatt &lt;script>alert(1)&lt;/script> &amp; l’audit',
  );
  expect(markdown).toContain('### 2\\. ! Misleading');
  expect(markdown).toContain(
    '- **Rationale:** Démenti de Cloudwatt. &lt;script>document.title="pwned"&lt;/script>',
  );
  expect(markdown).toContain(`[Communiqué &lt;b>officiel&lt;/b>](<${SOURCE}>) (Refutes)`);
  expect(markdown).toContain('| ! Misleading | 1 |');
  expect(markdown).not.toMatch(/<script/);
});
