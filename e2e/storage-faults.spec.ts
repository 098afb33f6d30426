import { expect, test } from '@playwright/test';
import {
  BERCY_QUOTE,
  FRENCH_ARTICLE,
  addArticleFromText,
  articleText,
  paintedTexts,
  selectPhrase,
} from './helpers';

/** A page or a worker: both run code in their own JavaScript context. */
type Context = { evaluate(script: () => void): Promise<unknown> };

/** Makes every IndexedDB write of a page or a worker fail as a full disk would, until `allowWrites`. */
async function failWrites(where: Context): Promise<void> {
  await where.evaluate(() => {
    const scope = globalThis as unknown as { __restoreWrites?: () => void };
    const proto = IDBObjectStore.prototype;
    const originals = { add: proto.add, put: proto.put, delete: proto.delete };
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    proto.add = fail;
    proto.put = fail;
    proto.delete = fail;
    scope.__restoreWrites = () => Object.assign(proto, originals);
  });
}

const allowWrites = (where: Context) =>
  where.evaluate(() =>
    (globalThis as unknown as { __restoreWrites: () => void }).__restoreWrites(),
  );

test('a failed write (quota exceeded) says so, keeps the typed text, and loses nothing stored', async ({
  page,
}) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Disque plein' });
  await selectPhrase(page, BERCY_QUOTE);
  await page.keyboard.press('d');
  const saved = page.getByRole('article', { name: `Disputed claim: ${BERCY_QUOTE}` });
  await expect(saved).toBeVisible();
  await saved.getByLabel('Rationale').fill('Démenti publié par Cloudwatt.');
  await expect(saved.getByText('Saved', { exact: true })).toBeVisible();

  await failWrites(page);

  // A new claim cannot be written: a clear message, and no claim shown as saved.
  await selectPhrase(page, 'Bercy avait commandé un audit');
  await page.keyboard.press('c');
  await expect(page.getByRole('alert').filter({ hasText: 'no storage space left' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Last change not saved' })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Confirmed claim/ })).toHaveCount(0);
  // The highlight painted the moment the key was pressed is taken away again.
  await expect.poll(() => paintedTexts(page)).toMatchObject({ confirmed: [] });

  // An edit that fails keeps what was typed on screen, to retry.
  const note = saved.getByLabel('Rationale');
  await note.fill('Démenti publié par Cloudwatt. Ajout important.');
  await note.blur();
  await expect(saved.getByText(/Not saved — your text is kept here/)).toBeVisible();
  await expect(note).toHaveValue('Démenti publié par Cloudwatt. Ajout important.');

  // Space is back: retrying saves it.
  await allowWrites(page);
  await note.focus();
  await note.blur();
  await expect(saved.getByText('Saved', { exact: true })).toBeVisible();

  await page.reload();
  const after = page.getByRole('article', { name: `Disputed claim: ${BERCY_QUOTE}` });
  await after.getByRole('button', { name: BERCY_QUOTE }).click();
  await expect(after.getByLabel('Rationale')).toHaveValue(
    'Démenti publié par Cloudwatt. Ajout important.',
  );
  await expect(page.getByRole('article', { name: /claim:/ })).toHaveCount(1);
  await expect
    .poll(() => paintedTexts(page))
    .toMatchObject({ disputed: [BERCY_QUOTE], confirmed: [] });
});

test('an edited text that cannot be saved (quota exceeded) says so, stays on screen, and is saved once space is back', async ({
  page,
}) => {
  await page.goto('/');
  await addArticleFromText(page, FRENCH_ARTICLE(), { title: 'Disque plein, édition' });
  await page.getByRole('button', { name: 'Edit text' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'All changes saved' });

  // A first edit is saved through the write worker, which starts then.
  await selectPhrase(page, 'Une affaire à suivre.', 0, { editing: true });
  await page.keyboard.type('Une affaire à suivre de près.');
  await expect(saved).toBeVisible();
  await expect.poll(() => page.workers().some((w) => w.url().includes('text-writer'))).toBe(true);
  const writer = page.workers().find((w) => w.url().includes('text-writer'))!;

  await failWrites(writer);
  await selectPhrase(page, 'de près.', 0, { editing: true });
  await page.keyboard.type('de très près.');
  await expect(page.getByRole('alert').filter({ hasText: 'no storage space left' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Last change not saved' })).toBeVisible();
  await expect(articleText(page)).toContainText('Une affaire à suivre de très près.');

  // Space is back: the next change saves the whole text.
  await allowWrites(writer);
  await page.keyboard.type(' Fin.');
  await expect(saved).toBeVisible();
  await page.getByRole('button', { name: 'Done editing' }).click();
  await page.reload();
  await expect(articleText(page)).toContainText('Une affaire à suivre de très près. Fin.');
});

test('without IndexedDB (some private modes) the app explains instead of showing a blank page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  });
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Verdict cannot use this browser’s storage' }),
  ).toBeVisible();
  await expect(page.getByText(/private-browsing modes/)).toBeVisible();
});

test('an older tab holding the database gets an explanation, and the app opens once it lets go', async ({
  page,
  context,
}) => {
  // A tab of an older Verdict: holds a version-1 connection and ignores upgrade requests.
  // (A stand-in page at the app's origin, so that it shares the app's IndexedDB.)
  const older = page;
  await older.route('**/*', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>old</title>' }),
  );
  await older.goto('/old-tab');
  await older.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const w = window as unknown as { __old?: IDBDatabase };
        const request = indexedDB.open('verdict', 10);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('articles', { keyPath: 'id' });
          request.result.createObjectStore('claims', { keyPath: 'id' });
        };
        request.onsuccess = () => {
          w.__old = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  const fresh = await context.newPage();
  await fresh.goto('/');
  await expect(
    fresh.getByRole('heading', { name: 'Another Verdict tab is in the way' }),
  ).toBeVisible();

  await older.evaluate(() => (window as unknown as { __old: IDBDatabase }).__old.close());
  await expect(fresh.getByRole('heading', { name: 'Library' })).toBeVisible();
});
