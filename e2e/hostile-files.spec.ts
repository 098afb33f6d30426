import { expect, test, type Page } from '@playwright/test';
import { articleText, claimCard, claimsPanel, openCard } from './helpers';
import { exportAs, setFactCheckTemplate } from './export-helpers';
import { article, bundle, chooseFile, expectRefused, importAccepted } from './import-helpers';

// Hostile import files through the real Import dialog (docs/DECISIONS.md, "Exchange safety"):
// encodings, numbers too large to read, file names that look like templates, and rationales that
// would end a <script> element where an export is published.

const PARAGRAPHS = ['"Bercy" n\'a pas demandé d\'audit.', 'Cloudwatt dément.'];
const ARTICLE = article('a-hostile', 'Article piégé', PARAGRAPHS);
const QUOTE = '"Bercy" n\'a pas demandé d\'audit';
const SCRIPT = '</script><script>alert("publié")</script>';
const T = '2024-03-02T09:00:00.000Z';

/** A claim on the article's first words, with a rationale and every field a bundle carries. */
function claim(note: string): object {
  return {
    id: 'c-hostile',
    articleId: ARTICLE.id,
    anchor: {
      exact: QUOTE,
      prefix: '',
      suffix: '.\n\nCloudwatt dément.',
      start: 0,
      end: QUOTE.length,
    },
    verdict: 'disputed',
    note,
    evidence: [],
    tags: [],
    claimant: '',
    claimDate: '',
    // Approved, so that ClaimReview (publication markup) holds it.
    reviewState: 'approved',
    approvedBy: 'Dominique',
    approvedAt: T,
    reviewComment: '',
    createdAt: T,
    createdBy: 'Camille',
    updatedAt: T,
    updatedBy: 'Camille',
    history: [],
    orphanedAt: '',
  };
}

/** The text of a file the reader's Export menu downloads. */
async function exported(page: Page, item: RegExp): Promise<string> {
  return (await exportAs(page, item)).text;
}

test('a UTF-16 file imports like UTF-8, and its claim is there after a reload', async ({
  page,
}) => {
  await page.goto('/');
  const text = bundle([ARTICLE], [claim('Démenti.')]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await importAccepted(await chooseFile(page, 'unicode.verdict.json', utf16));
  await page.getByRole('link', { name: 'Article piégé', exact: true }).click();
  await page.reload();
  await expect(articleText(page)).toContainText('Cloudwatt dément.');
  await expect(claimsPanel(page).getByText(QUOTE).first()).toBeVisible();
});

test('a number too large and a template-like file name: refused, named as typed, nothing changed', async ({
  page,
}) => {
  await page.goto('/');
  const name = '{{count}} <b>rapport</b> $t(Library).json';
  const text = bundle([ARTICLE], [claim('x')]).replace(/"start":0/, '"start":1e400');
  const dialog = await chooseFile(page, name, text);
  // The name shows as typed: not a count, not bold, not a translation.
  await expect(dialog.getByRole('alert')).toContainText(`${name} cannot be imported`);
  await expectRefused(dialog, 'claims[0].anchor.start: expected a finite number');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Article piégé' })).toHaveCount(0);

  // A Windows-1252 file is named as such rather than read with broken accents.
  const latin1 = Buffer.from(bundle([ARTICLE]), 'latin1');
  await expectRefused(await chooseFile(page, 'ancien.verdict.json', latin1), 'Windows-1252');
});

test('a rationale that would end a script element is escaped in W3C and ClaimReview exports', async ({
  page,
}) => {
  await page.goto('/');
  await importAccepted(
    await chooseFile(page, 'piege.verdict.json', bundle([ARTICLE], [claim(SCRIPT)])),
  );
  await setFactCheckTemplate(page, 'https://verificateurs.example.fr/{slug}#{claimId}');
  await page.getByRole('link', { name: 'Article piégé', exact: true }).click();
  await expect(claimsPanel(page).getByText(QUOTE).first()).toBeVisible();
  for (const item of [/^W3C Web Annotations/, /^schema.org ClaimReview/]) {
    const text = await exported(page, item);
    expect(text).not.toContain('</script>');
    expect(text).not.toContain('<script');
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.stringify(JSON.parse(text))).toContain(JSON.stringify(SCRIPT).slice(1, -1));
  }
  // Shown as text in the app, never run.
  const card = claimCard(page, 'disputed', QUOTE);
  await openCard(card);
  await expect(card.getByLabel('Rationale')).toHaveValue(SCRIPT);
});
