import { createHash } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';

// Import files made in the specs, and the import dialog driven as a person would.

const T0 = '2024-03-01T08:00:00.000Z';

export interface ArticleRecord {
  id: string;
  title: string;
  sourceUrl: string;
  doc: { type: string; content: object[] };
  text: string;
  updatedAt: string;
  [key: string]: unknown;
}

/** An article as a bundle carries it, with plain paragraphs. */
export function article(id: string, title: string, paragraphs: string[]): ArticleRecord {
  return {
    id,
    title,
    sourceUrl: '',
    publisher: '',
    author: '',
    publishedAt: '',
    language: 'fr',
    doc: {
      type: 'doc',
      content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
    text: paragraphs.join('\n\n'),
    textHistory: [],
    createdAt: T0,
    updatedAt: T0,
  };
}

/**
 * A claim on the first occurrence of `phrase` in an article, as a bundle carries it (a BMP text:
 * offsets are code points), by Ana at T0 unless `fields` say otherwise; `n` makes its id.
 */
export function claimOn(
  target: ArticleRecord,
  n: number,
  phrase: string,
  verdict: string,
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  const start = target.text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in the article: ${phrase}`);
  const end = start + phrase.length;
  const at = target.updatedAt;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    articleId: target.id,
    anchor: {
      exact: phrase,
      prefix: target.text.slice(Math.max(0, start - 32), start),
      suffix: target.text.slice(end, end + 32),
      start,
      end,
    },
    verdict,
    note: '',
    evidence: [],
    tags: [],
    claimant: '',
    claimDate: '',
    reviewState: 'draft',
    approvedBy: '',
    approvedAt: '',
    reviewComment: '',
    createdAt: at,
    createdBy: 'Ana',
    updatedAt: at,
    updatedBy: 'Ana',
    history: [],
    ...fields,
  };
}

/** A bundle of these articles, each with the SHA-256 of its text, as Verdict writes it. */
export function bundle(articles: ArticleRecord[], claims: object[] = []): string {
  const hashed = articles.map((a) => ({
    ...a,
    textHash: createHash('sha256').update(a.text, 'utf8').digest('hex'),
  }));
  return JSON.stringify({
    format: 'verdict-bundle',
    version: 1,
    exportedAt: T0,
    exportedBy: 'Camille',
    articles: hashed,
    claims,
    tombstones: [],
  });
}

/** Opens the import dialog from the library and hands it a file. */
export async function chooseFile(
  page: Page,
  name: string,
  content: string | Buffer,
): Promise<Locator> {
  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog.getByLabel('Annotation file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
  return dialog;
}

/** Opens the import dialog from the library and hands it a file from disk. */
export async function choosePath(page: Page, path: string): Promise<Locator> {
  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog.getByLabel('Annotation file').setInputFiles(path);
  return dialog;
}

/**
 * Imports a file the app accepts: preview (and, for W3C, the article of each target: with
 * `matched`, each must already be matched to an article), confirm. Gives the preview's text.
 */
export async function importAccepted(
  dialog: Locator,
  options: { matched?: boolean } = {},
): Promise<string> {
  const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
  const previewButton = dialog.getByRole('button', { name: 'Preview', exact: true });
  await expect(importButton.or(previewButton)).toBeVisible();
  if (await previewButton.isVisible()) {
    if (options.matched) await expect(dialog.getByRole('combobox')).toHaveValue(/.+/);
    await previewButton.click();
  }
  await expect(importButton).toBeVisible();
  const preview = await dialog.innerText();
  await confirmImport(dialog);
  return preview;
}

/** Confirms the previewed import, waits for "Imported…" and closes the dialog. */
export async function confirmImport(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByText(/^Imported/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).last().click();
}

/** Imports a file from disk whose W3C targets (if any) match articles by their source URL. */
export async function importPath(page: Page, path: string): Promise<string> {
  return importAccepted(await choosePath(page, path), { matched: true });
}

/** Checks the dialog refused the file with this problem, then closes it. */
export async function expectRefused(dialog: Locator, problem: string): Promise<void> {
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('cannot be imported. Nothing was changed.');
  await expect(alert).toContainText(problem);
  await dialog.getByRole('button', { name: 'Close' }).last().click();
}
