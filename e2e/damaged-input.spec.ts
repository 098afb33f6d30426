import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { articleText, claimsPanel } from './helpers';
import { article, bundle, chooseFile, expectRefused, importAccepted } from './import-helpers';

// Hostile files and damaged data (docs/DECISIONS.md, "Stored data validity"): what the rule
// refuses changes nothing, what it normalises still backs up and restores, any stored id opens
// after a reload, and a document that slipped through is shown as text and repaired.

const SOURCE = 'https://www.example.fr/cloudwatt-audit';

const FIRST = article('a1', 'Premier article', [
  'Le ministre annonce une baisse.',
  'Bercy dément.',
]);
const SECOND = article('a2', 'Second article', ['Cloudwatt aurait demandé son audit.']);

/** Opens an article from the library, reloads, and checks its text is shown in the editor. */
async function expectOpensAfterReload(page: Page, title: string, words: string): Promise<void> {
  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(articleText(page)).toContainText(words);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(articleText(page)).toContainText(words);
}

test('a bundle with an unknown node type is refused with its path; every article still opens', async ({
  page,
}) => {
  await page.goto('/');
  await importAccepted(await chooseFile(page, 'library.verdict.json', bundle([FIRST, SECOND])));
  // A newer version of an existing article, whose document the editor cannot open.
  const hostile = {
    ...SECOND,
    updatedAt: '2024-05-01T08:00:00.000Z',
    doc: {
      ...SECOND.doc,
      content: [...SECOND.doc.content, { type: 'image', attrs: { src: 'x' } }],
    },
  };
  await expectRefused(
    await chooseFile(page, 'image.verdict.json', bundle([hostile])),
    'articles[0].doc.content[1]: unknown node type "image"',
  );
  await expectOpensAfterReload(page, 'Premier article', 'Bercy dément.');
  await expectOpensAfterReload(page, 'Second article', 'Cloudwatt aurait demandé son audit.');
});

test('a bundle whose document and text disagree is refused, the library unchanged', async ({
  page,
}) => {
  await page.goto('/');
  await importAccepted(await chooseFile(page, 'library.verdict.json', bundle([FIRST])));
  const shown = ['Le ministre annonce une hausse.', 'Bercy dément.'];
  const disagreeing = {
    ...FIRST,
    updatedAt: '2024-05-01T08:00:00.000Z',
    doc: article('a1', '', shown).doc,
  };
  await expectRefused(
    await chooseFile(page, 'other-text.verdict.json', bundle([disagreeing])),
    'articles[0].doc: does not yield the text of article "Premier article"',
  );
  await expectOpensAfterReload(page, 'Premier article', 'Le ministre annonce une baisse.');
});

test('a W3C file with a year for a time and an empty evidence id imports, and its backup restores', async ({
  browser,
  page,
}) => {
  await page.goto('/');
  await importAccepted(
    await chooseFile(page, 'library.verdict.json', bundle([{ ...FIRST, sourceUrl: SOURCE }])),
  );
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: 'disputed' },
      { purpose: 'linking', source: 'https://www.example.org/communique', 'verdict:id': '' },
    ],
    target: { source: SOURCE, selector: { type: 'TextQuoteSelector', exact: 'Bercy dément.' } },
    'verdict:reviewState': 'approved',
    'verdict:approvedAt': '2024',
  };
  const preview = await importAccepted(
    await chooseFile(page, 'outside.jsonld', JSON.stringify([annotation])),
  );
  expect(preview).toContain('verdict:approvedAt: expected a date and time');
  expect(preview).toContain('body[1].verdict:id: expected an id');

  // "Download a backup", then restore it in an empty browser.
  await page.getByRole('button', { name: 'Storage' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const path = test.info().outputPath((await download).suggestedFilename());
  await (await download).saveAs(path);
  await page.keyboard.press('Escape');

  const fresh = await newReviewer(browser);
  await fresh.getByRole('button', { name: 'Storage' }).click();
  await fresh.getByRole('button', { name: 'Restore from a backup…' }).click();
  const dialog = fresh.getByRole('dialog', { name: 'Import annotations' });
  await dialog.getByLabel('Annotation file').setInputFiles({
    name: 'backup.verdict.json',
    mimeType: 'application/json',
    buffer: readFileSync(path),
  });
  const restored = await importAccepted(dialog);
  expect(restored).toMatch(/New claims\s*1/);
  await fresh.getByRole('link', { name: 'Premier article', exact: true }).click();
  await fresh.reload();
  await expect(
    claimsPanel(fresh).getByRole('article', { name: 'Disputed claim: Bercy dément.' }),
  ).toBeVisible();
  await fresh.context().close();
});

test('an article id with a dot and a slash opens after a reload', async ({ page }) => {
  await page.goto('/');
  const id = 'le.monde:2024/05/cloudwatt';
  await importAccepted(
    await chooseFile(page, 'slug.verdict.json', bundle([{ ...SECOND, id, title: 'Le Monde' }])),
  );
  await expectOpensAfterReload(page, 'Le Monde', 'Cloudwatt aurait demandé son audit.');
  expect(new URL(page.url()).hash).toBe(`#/article/${encodeURIComponent(id)}`);
});

test('the reader shows a document it cannot open as text, and repairs it', async ({ page }) => {
  await page.goto('/');
  await importAccepted(await chooseFile(page, 'library.verdict.json', bundle([FIRST])));
  // Damage the stored document behind the app's back, as an older release could have stored it.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('verdict');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('articles', 'readwrite');
      const store = tx.objectStore('articles');
      const read = store.get('a1');
      read.onsuccess = () => {
        const stored = read.result as { doc: { content: object[] } };
        stored.doc.content.unshift({ type: 'image', attrs: { src: 'x.png' } });
        store.put(stored);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.getByRole('link', { name: 'Premier article', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('This article’s document cannot be shown.');
  await expect(page.getByRole('alert')).toContainText('doc.content[0]: unknown node type "image"');
  const plain = page.getByRole('region', { name: 'Article text, plain paragraphs' });
  await expect(plain.getByText('Le ministre annonce une baisse.')).toBeVisible();
  await expect(plain.getByText('Bercy dément.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit text' })).toBeDisabled();

  await page.getByRole('button', { name: 'Repair' }).click();
  await expect(articleText(page)).toContainText('Bercy dément.');
  await page.reload();
  await expect(articleText(page)).toContainText('Le ministre annonce une baisse.');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

/** A fresh browser context: another reviewer, or an empty browser. */
async function newReviewer(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  return page;
}
