import { expect, test, type Page } from '@playwright/test';
import { FRENCH_ARTICLE, addArticleFromText, articleText, backToLibrary } from './helpers';

// Adding articles (pasted text, file picker, dropped file, wrong file) and managing them from
// the library (rename, delete).

const addDialog = (page: Page) => page.getByRole('dialog', { name: 'Add an article' });
const library = (page: Page) => page.getByRole('table', { name: 'Articles' });
const articleRow = (page: Page, title: string) =>
  library(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });

/** The paragraphs of a plain-text article as the app should keep them: blank lines split. */
const paragraphsOf = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);

/** The text of each `<p>` of the article, exactly as in the DOM (no whitespace folding). */
const domParagraphs = (page: Page) =>
  articleText(page)
    .locator('p')
    .evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));

const count = (text: string, char: string) => text.split(char).length - 1;

const MARKDOWN_NOTE = `# Budget 2027 : les chiffres clés

Le gouvernement annonce trois mesures :

- une baisse de 2 % de la TVA ;
- un gel des pensions ;
- la suppression de 1 200 postes.

Fin de la note.
`;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
});

test('pasted French text keeps its paragraphs, non-breaking spaces and quotes', async ({
  page,
}) => {
  const text = FRENCH_ARTICLE();
  const paragraphs = paragraphsOf(text);
  expect(paragraphs.length).toBeGreaterThanOrEqual(10);
  expect(count(text, '\u00a0')).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = addDialog(page);
  await dialog.getByLabel('Article text').fill(text);
  // The title is proposed from the first headline after the site's error form, and can be changed.
  const title = dialog.getByLabel('Title');
  await expect(title).toHaveValue('Cloudwatt aurait lui-même demandé son audit');
  await title.fill('Cloudwatt aurait lui-même demandé son audit');
  await dialog.getByLabel('Publisher').fill('Next INpact');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Cloudwatt aurait lui-même demandé son audit' }),
  ).toBeVisible();
  await expect(articleText(page)).toBeVisible();
  const checkArticle = async () => {
    expect(await articleText(page).locator('p').count()).toBeGreaterThanOrEqual(10);
    // Character for character: U+00A0 and straight double quotes are kept as pasted.
    expect(await domParagraphs(page)).toEqual(paragraphs);
    const dom = (await articleText(page).textContent()) ?? '';
    expect(count(dom, '\u00a0')).toBe(count(text, '\u00a0'));
    expect(count(dom, '"')).toBe(count(text, '"'));
    expect(dom).toContain("inexacte.\u00a0\"Bercy\" n'a pas demandé d'audit.\u00a0C'est");
  };
  await checkArticle();

  await page.reload();
  await expect(articleText(page)).toBeVisible();
  await checkArticle();

  await backToLibrary(page);
  await page.reload();
  const row = articleRow(page, 'Cloudwatt aurait lui-même demandé son audit');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: 'Next INpact', exact: true })).toBeVisible();
  await expect(page.getByText('1 article · stored in this browser')).toBeVisible();
});

test('a Markdown file opened with the file picker becomes a heading and a list', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = addDialog(page);
  await dialog.getByLabel('Article file').setInputFiles({
    name: 'note.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(MARKDOWN_NOTE, 'utf8'),
  });
  await expect(dialog.getByText('From file')).toBeVisible();
  await expect(dialog.getByText('note.md')).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveValue('Budget 2027 : les chiffres clés');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();

  const checkArticle = async () => {
    const article = articleText(page);
    await expect(
      article.getByRole('heading', { name: 'Budget 2027 : les chiffres clés' }),
    ).toBeVisible();
    await expect(article.getByRole('listitem')).toHaveText([
      'une baisse de 2 % de la TVA ;',
      'un gel des pensions ;',
      'la suppression de 1 200 postes.',
    ]);
    await expect(article.getByText('Fin de la note.')).toBeVisible();
    // The Markdown syntax itself is gone.
    await expect(article).not.toContainText('# Budget');
    await expect(article).not.toContainText('- une baisse');
  };
  await checkArticle();
  await page.reload();
  await checkArticle();
  await backToLibrary(page);
  await expect(articleRow(page, 'Budget 2027 : les chiffres clés')).toHaveCount(1);
});

test('a .txt file dropped on the library opens the add dialog with it', async ({ page }) => {
  const dataTransfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    const text = 'Dépêche du matin\n\nLe train de 7 h 12 est arrivé à l’heure.\n\nFin.';
    data.items.add(new File([text], 'depeche.txt', { type: 'text/plain' }));
    return data;
  });
  const main = page.getByRole('main');
  await main.dispatchEvent('dragenter', { dataTransfer });
  await main.dispatchEvent('dragover', { dataTransfer });
  await main.dispatchEvent('drop', { dataTransfer });

  const dialog = addDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('From file')).toBeVisible();
  await expect(dialog.getByText('depeche.txt')).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveValue('Dépêche du matin');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { level: 1, name: 'Dépêche du matin' })).toBeVisible();
  await expect(articleText(page).locator('p')).toHaveText([
    'Dépêche du matin',
    'Le train de 7 h 12 est arrivé à l’heure.',
    'Fin.',
  ]);
  await page.reload();
  await expect(articleText(page).locator('p')).toHaveCount(3);
  await backToLibrary(page);
  await expect(articleRow(page, 'Dépêche du matin')).toHaveCount(1);
});

test('a binary file is refused with a message and adds nothing', async ({ page }) => {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = addDialog(page);
  await dialog.getByLabel('Article file').setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    // A PNG signature and the start of its header chunk: binary, with NUL bytes.
    buffer: Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x01, 0x00,
    ]),
  });
  await expect(dialog.getByRole('alert')).toContainText('photo.png');
  await expect(dialog.getByText('From file')).toHaveCount(0);
  await expect(dialog.getByLabel('Title')).toHaveValue('');

  // Submitting anyway does not add an article either.
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
  await expect(page.getByText('0 articles · stored in this browser')).toBeVisible();
});

test('an article is renamed from the library', async ({ page }) => {
  await addArticleFromText(page, 'Premier paragraphe.\n\nSecond paragraphe.', {
    title: 'Titre provisoire',
  });
  await backToLibrary(page);

  await page.getByRole('button', { name: 'Edit details of Titre provisoire' }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await expect(dialog.getByLabel('Title')).toHaveValue('Titre provisoire');
  await dialog.getByLabel('Title').fill('Titre définitif');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  await expect(articleRow(page, 'Titre définitif')).toHaveCount(1);

  await page.reload();
  await expect(articleRow(page, 'Titre définitif')).toHaveCount(1);
  await expect(library(page).getByRole('link', { name: 'Titre provisoire' })).toHaveCount(0);
  await library(page).getByRole('link', { name: 'Titre définitif' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Titre définitif' })).toBeVisible();
});

test('an article is deleted only after confirmation', async ({ page }) => {
  await addArticleFromText(page, 'Un article à garder.', { title: 'À garder' });
  await backToLibrary(page);
  await addArticleFromText(page, 'Un article à supprimer.', { title: 'À supprimer' });
  await backToLibrary(page);
  await expect(library(page).getByRole('link')).toHaveCount(2);

  const confirm = page.getByRole('dialog', { name: 'Delete this article?' });
  await page.getByRole('button', { name: 'Delete À supprimer' }).click();
  await expect(confirm).toContainText('À supprimer');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(articleRow(page, 'À supprimer')).toHaveCount(1);

  await page.getByRole('button', { name: 'Delete À supprimer' }).click();
  await confirm.getByRole('button', { name: 'Delete article' }).click();
  await expect(confirm).toBeHidden();
  await expect(articleRow(page, 'À supprimer')).toHaveCount(0);
  await expect(articleRow(page, 'À garder')).toHaveCount(1);

  await page.reload();
  await expect(articleRow(page, 'À garder')).toHaveCount(1);
  await expect(articleRow(page, 'À supprimer')).toHaveCount(0);
  await expect(page.getByText('1 article · stored in this browser')).toBeVisible();
});
