import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Reads a fixture of this project (never ../shared). */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** The French test article: boilerplate form, non-breaking spaces, straight and curly quotes. */
export const FRENCH_ARTICLE = () => fixture('cloudwatt-audit.fr.txt');

/** The disputed quote of the French article, with its non-breaking-space neighbours. */
export const BERCY_QUOTE = `"Bercy" n'a pas demandé d'audit`;

/** Adds an article by typing/pasting plain text into the add dialog, and opens it. */
export async function addArticleFromText(
  page: Page,
  text: string,
  meta: { title?: string; sourceUrl?: string; publisher?: string } = {},
): Promise<void> {
  await page.getByRole('button', { name: 'Add article' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(text);
  if (meta.title) await dialog.getByLabel('Title').fill(meta.title);
  if (meta.sourceUrl) await dialog.getByLabel('Source URL').fill(meta.sourceUrl);
  if (meta.publisher) await dialog.getByLabel('Publisher').fill(meta.publisher);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toBeVisible();
}

/** Pastes HTML (and its plain-text twin) into the add dialog's text area, as a browser would. */
export async function pasteHtml(page: Page, html: string, plain: string): Promise<void> {
  await page.getByLabel('Article text').evaluate(
    (el, { html, plain }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', plain);
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { html, plain },
  );
}

/**
 * Selects the n-th occurrence of a phrase in the article with a DOM range, after focusing the
 * editor (ProseMirror ignores selection changes while unfocused; TOOLCHAIN.md, trap 6).
 */
export async function selectPhrase(page: Page, phrase: string, occurrence = 0): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Article text' });
  await editor.focus();
  await editor.evaluate(
    (root, { phrase, occurrence }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      while (walker.nextNode()) {
        nodes.push(walker.currentNode as Text);
        all += (walker.currentNode as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = all.indexOf(phrase, at + 1);
      if (at < 0) throw new Error(`phrase not found: ${phrase}`);
      const locate = (offset: number): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset <= seen + node.data.length) return [node, offset - seen];
          seen += node.data.length;
        }
        throw new Error('offset out of range');
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + phrase.length));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { phrase, occurrence },
  );
  await expect(page.getByRole('toolbar', { name: 'Mark the selection as a claim' })).toBeVisible();
}

/** The painted text of every registered CSS highlight, per verdict. */
export async function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const verdict of ['confirmed', 'disputed', 'unverified']) {
      const highlight = CSS.highlights.get(`verdict-${verdict}`);
      result[verdict] = highlight ? [...highlight].map((r) => r.toString()).sort() : [];
    }
    return result;
  });
}

/** Clicks the middle of the first occurrence of a phrase in the article. */
export async function clickPhrase(page: Page, phrase: string): Promise<void> {
  const box = await page.getByRole('textbox', { name: 'Article text' }).evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + Math.floor(phrase.length / 2));
      range.setEnd(node, at + Math.floor(phrase.length / 2) + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`phrase not found: ${phrase}`);
  }, phrase);
  await page.mouse.click(box.x, box.y);
}
