import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  claimsPanel,
  expectClaims,
  expectPainted,
  fixture,
} from './helpers';
import { exportAs } from './export-helpers';
import { article, bundle, chooseFile, importAccepted } from './import-helpers';

// Exports that cannot mislead another tool, spreadsheets people open, and outside W3C files that
// import twice without copies or create their article (issue 17, points 2 to 5).

const SOURCE = 'https://www.example.fr/cloudwatt-audit';
const PARAGRAPHS = ['Cloudwatt dément l’audit.', 'Bercy confirme avoir reçu le rapport.'];
const FOUND = 'Cloudwatt dément';
const LOST = 'une phrase retirée depuis';
const T = '2024-03-02T09:00:00.000Z';

/** A claim as a bundle carries it. */
function claim(id: string, anchor: object, fields: object = {}): object {
  return {
    id,
    articleId: 'a-exports',
    anchor,
    verdict: 'disputed',
    note: 'Démenti publié.',
    evidence: [
      {
        id: `${id}-e`,
        url: 'https://example.org/communique',
        title: 'Communiqué',
        stance: 'refutes',
        note: '',
      },
    ],
    tags: [],
    claimant: '',
    claimDate: '',
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
    ...fields,
  };
}

/** An article with one claim on its words and one whose words are no longer in its text. */
async function importArticleWithLostClaim(page: Page): Promise<void> {
  const record = { ...article('a-exports', 'Audit Cloudwatt', PARAGRAPHS), sourceUrl: SOURCE };
  const file = bundle(
    [record],
    [
      claim('c-found', { exact: FOUND, prefix: '', suffix: ' l’audit.', start: 0, end: 16 }),
      claim('c-lost', { exact: LOST, prefix: 'Et ', suffix: '.', start: 40, end: 65 }),
    ],
  );
  await importAccepted(await chooseFile(page, 'audit.verdict.json', file));
  await page.getByRole('link', { name: 'Audit Cloudwatt', exact: true }).click();
  await expect(
    claimsPanel(page).getByRole('heading', { name: /Not found in the text \(1\)/ }),
  ).toBeVisible();
}

interface Annotation {
  id: string;
  target: { selector: { type: string }[] };
  'verdict:status'?: string;
}

test('a claim not found in the text is exported with no position, or left out when asked', async ({
  page,
}) => {
  await page.goto('/');
  await importArticleWithLostClaim(page);

  const marked = await exportAs(page, /^W3C Web Annotations/, {
    choose: async (dialog) => {
      await expect(dialog).toContainText('1 claim is not found in the text.');
      await expect(
        dialog.getByRole('radio', { name: 'Export them marked “not found”, without a position' }),
      ).toBeChecked();
    },
  });
  const items: Annotation[] = JSON.parse(marked.text).first.items;
  const lost = items.find((item) => item.id === 'urn:uuid:c-lost' || item.id.endsWith('c-lost'));
  const found = items.find((item) => item !== lost)!;
  expect(items).toHaveLength(2);
  expect(lost!.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector']);
  expect(lost!['verdict:status']).toBe('orphaned');
  expect(found.target.selector.map((selector) => selector.type)).toEqual([
    'TextQuoteSelector',
    'TextPositionSelector',
  ]);
  expect(found['verdict:status']).toBeUndefined();

  // Leaving them out says how many, before and after.
  const without = await exportAs(page, /^W3C Web Annotations/, {
    choose: async (dialog) => {
      await dialog.getByRole('radio', { name: 'Leave them out' }).check();
      await expect(dialog.getByRole('status')).toHaveText(
        '1 claim not found in the text will not be in the file.',
      );
    },
  });
  expect(JSON.parse(without.text).first.items).toHaveLength(1);
  await expect(page.getByText(/1 claim not found in the text was left out/)).toBeVisible();

  // The CSV says so in its status column, without offsets.
  const csv = await exportAs(page, /^Spreadsheet \(CSV/, {
    choose: async (dialog) => {
      await dialog.getByLabel('Separator').selectOption(',');
    },
  });
  const rows = Papa.parse<string[]>(csv.text.slice(1), { delimiter: ',' }).data;
  const column = (name: string) => rows.slice(1).map((row) => row[rows[0]!.indexOf(name)]);
  expect(column('Quote')).toEqual([FOUND, LOST]);
  expect(column('In the text')).toEqual(['Found', 'Not found in the text']);
  expect(column('Start offset')).toEqual(['0', '']);

  await page.reload();
  await expect(
    claimsPanel(page).getByRole('heading', { name: /Not found in the text \(1\)/ }),
  ).toBeVisible();
});

test('CSV in French: semicolons, French headers and values, a byte order mark', async ({
  page,
}) => {
  await page.goto('/');
  await importArticleWithLostClaim(page);
  await page.getByRole('banner').getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Language').selectOption('fr');
  const réglages = page.getByRole('dialog', { name: 'Paramètres' });
  await réglages.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await expect(réglages).toHaveCount(0);

  const file = await exportAs(page, /^Tableur \(CSV/, {
    menu: 'Exporter ▾',
    download: 'Télécharger',
    choose: async (dialog) => {
      await expect(dialog.getByLabel('Séparateur')).toHaveValue(';');
    },
  });
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // Read as French Excel reads it: UTF-8 (the BOM says so), cells split at ';'.
  const rows = Papa.parse<string[]>(file.text.slice(1), { delimiter: ';' }).data;
  expect(rows[0]!.slice(0, 4)).toEqual([
    'Titre de l’article',
    'Adresse de l’article',
    'Citation',
    'Verdict',
  ]);
  const column = (name: string) => rows.slice(1).map((row) => row[rows[0]!.indexOf(name)]);
  expect(column('Citation')).toEqual([FOUND, LOST]);
  expect(column('Verdict')).toEqual(['Contesté', 'Contesté']);
  expect(column('État de relecture')).toEqual(['Approuvé', 'Approuvé']);
  expect(column('Dans le texte')).toEqual(['Trouvée', 'Introuvable dans le texte']);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Exporter ▾' })).toBeVisible();
});

test('the .xlsx export is a workbook with one row per claim, colours and links', async ({
  page,
}) => {
  await page.goto('/');
  await importArticleWithLostClaim(page);
  const file = await exportAs(page, /^Spreadsheet \(Excel/);
  expect(file.name).toMatch(/\.xlsx$/);
  expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Claims')!;
  expect(sheet.rowCount).toBe(3);
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const cell = (row: number, header: string) =>
    sheet.getRow(row).getCell(headers.indexOf(header) + 1);
  expect(cell(2, 'Quote').value).toBe(FOUND);
  expect(cell(2, 'Verdict').value).toBe('Disputed');
  expect((cell(2, 'Verdict').fill as { fgColor: { argb: string } }).fgColor.argb).toBe('FFB3261E');
  expect(cell(2, 'Article address').value).toEqual({ text: SOURCE, hyperlink: SOURCE });
  expect(cell(2, 'Source 1').value).toEqual({
    text: 'https://example.org/communique',
    hyperlink: 'https://example.org/communique',
  });
  expect(cell(3, 'In the text').value).toBe('Not found in the text');
  expect(cell(3, 'Start offset').value).toBe(null);
});

/** The outside fixture with Hypothesis-style ids (not urn:uuid) and, if given, another source. */
function outsideFile(source = SOURCE): string {
  const file = JSON.parse(fixture('outside-w3c.jsonld'));
  type Target = { source: string };
  file.first.items.forEach((item: { id: string; target: Target | Target[] }, i: number) => {
    item.id = `https://hypothes.is/a/Zx3bQm1aEe-8rw${i}`;
    for (const target of [item.target].flat()) target.source = source;
  });
  return JSON.stringify(file);
}

test('the same outside W3C file imported twice gives the same claims', async ({ page }) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Cloudwatt', sourceUrl: SOURCE });
  const first = await importAccepted(await chooseFile(page, 'hypothesis.jsonld', outsideFile()));
  expect(first).toMatch(/New claims\s*2/);
  const second = await importAccepted(await chooseFile(page, 'hypothesis.jsonld', outsideFile()));
  expect(second).toMatch(/New claims\s*0/);
  expect(second).toMatch(/Unchanged claims\s*2/);
  await page.getByRole('link', { name: 'Cloudwatt', exact: true }).click();
  await page.reload();
  await expectClaims(page, [
    { verdict: 'confirmed', quote: 'Cloudwatt aurait lui-même demandé son audit' },
    { verdict: 'disputed', quote: BERCY_QUOTE },
  ]);
});

test('annotations on an article not in the library: its text pasted in the import dialog makes it', async ({
  page,
}) => {
  await page.goto('/');
  const elsewhere = 'https://www.example.fr/ailleurs/cloudwatt';
  const dialog = await chooseFile(page, 'hypothesis.jsonld', outsideFile(elsewhere));
  const target = dialog.getByLabel(/2 annotations on/);
  await expect(target).toHaveValue('');
  await target.selectOption({ label: 'A new article, from its text…' });
  await expect(dialog.getByRole('button', { name: 'Preview' })).toBeDisabled();
  await dialog.getByLabel('Article text').fill(FRENCH_ARTICLE());
  await expect(dialog.getByRole('status')).toHaveText('2 of 2 quotes are found in this text.');
  await dialog.getByLabel('Title').fill('Cloudwatt, vu d’ailleurs');
  const preview = await importAccepted(dialog);
  expect(preview).toMatch(/New articles\s*1/);
  expect(preview).toMatch(/New claims\s*2/);
  await page.getByRole('link', { name: 'Cloudwatt, vu d’ailleurs', exact: true }).click();
  await page.reload();
  await expectPainted(page, {
    disputed: [BERCY_QUOTE],
    confirmed: ['Cloudwatt aurait lui-même demandé son audit'],
  });
  // Its source is the annotations' target: the same file now finds it by itself.
  const again = await chooseFile(page, 'hypothesis.jsonld', outsideFile(elsewhere));
  await expect(again.getByLabel(/2 annotations on/)).toHaveValue(/.+/);
});
