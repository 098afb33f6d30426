import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export { expectNoViolations } from './axe';

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
  // The dialog's text box has the reader's name too: the reader is open once the dialog is gone.
  await expect(dialog).toBeHidden();
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
export async function selectPhrase(
  page: Page,
  phrase: string,
  occurrence = 0,
  /** `editing`: no verdict toolbar to wait for; `textbox`, `toolbar`: names in another language. */
  options: { editing?: boolean; textbox?: string; toolbar?: string } = {},
): Promise<void> {
  const editor = page.getByRole('textbox', { name: options.textbox ?? 'Article text' });
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
  // While the text is edited there is no verdict toolbar; let ProseMirror take the selection in.
  if (options.editing) return settle(page);
  await expect(
    page.getByRole('toolbar', { name: options.toolbar ?? 'Mark the selection as a claim' }),
  ).toBeVisible();
  await settle(page);
}

/**
 * The painted text of every registered CSS highlight, per verdict: its colours, or its
 * underline under a rating's tint.
 */
export async function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const verdict of ['confirmed', 'disputed', 'unverified']) {
      const ranges = [`verdict-${verdict}`, `underline-${verdict}`].flatMap((name) => [
        ...(CSS.highlights.get(name) ?? []),
      ]);
      result[verdict] = ranges.map((r) => r.toString()).sort();
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

/** The verdicts as the UI names them, keyed by their stored value. */
export const VERDICT_LABEL = {
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  unverified: 'Unverified',
} as const;
export type VerdictName = keyof typeof VERDICT_LABEL;

/** The article text of the reader (the tiptap view). */
export function articleText(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Article text' });
}

/** The claims panel of the reader. */
export function claimsPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Claims' });
}

/** The card of one claim in the panel, by its verdict and exact quote. */
export function claimCard(page: Page, verdict: VerdictName, quote: string): Locator {
  return claimsPanel(page).getByRole('article', {
    name: `${VERDICT_LABEL[verdict]} claim: ${quote}`,
    exact: true,
  });
}

/** The card of a claim rated on a desk's scale, by its rating's name and exact quote. */
export function ratedCard(page: Page, rating: string, quote: string): Locator {
  return claimsPanel(page).getByRole('article', { name: `${rating} claim: ${quote}`, exact: true });
}

/**
 * Opens a claim's card by choosing its quote (a card is closed until its claim is selected),
 * and waits until it is the current one.
 */
export async function openCard(card: Locator): Promise<void> {
  await card.getByRole('button').first().click();
  await expect(card).toHaveAttribute('aria-current', 'true');
}

/**
 * Checks the panel lists exactly these claims (verdict and quote, compared character for
 * character, so a lost non-breaking space fails), in reading order.
 */
export async function expectClaims(
  page: Page,
  claims: { verdict: VerdictName; quote: string }[],
  options: { timeout?: number } = {},
): Promise<void> {
  await expect(claimsPanel(page).getByRole('article')).toHaveCount(claims.length, options);
  await expect
    .poll(
      () =>
        claimsPanel(page)
          .getByRole('article')
          .evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label'))),
      options,
    )
    .toEqual(claims.map((c) => `${VERDICT_LABEL[c.verdict]} claim: ${c.quote}`));
}

/** Checks the painted highlights are exactly on these words, per verdict (order free). */
export async function expectPainted(
  page: Page,
  painted: Partial<Record<VerdictName, string[]>>,
  options: { timeout?: number } = {},
): Promise<void> {
  const expected = {
    confirmed: [...(painted.confirmed ?? [])].sort(),
    disputed: [...(painted.disputed ?? [])].sort(),
    unverified: [...(painted.unverified ?? [])].sort(),
  };
  await expect.poll(() => paintedTexts(page), options).toEqual(expected);
}

/** The text of every range registered in the selected-claim highlight. */
export async function selectedHighlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('claim-selected');
    return highlight ? [...highlight].map((r) => r.toString()).sort() : [];
  });
}

/** Selects a phrase in the article and marks it with a verdict key (c, d or u). */
export async function markPhrase(
  page: Page,
  phrase: string,
  verdict: VerdictName,
  occurrence = 0,
): Promise<void> {
  await selectPhrase(page, phrase, occurrence);
  await page.keyboard.press(VERDICT_LABEL[verdict][0]!.toLowerCase());
  await expect(
    claimsPanel(page).getByRole('article', {
      name: `${VERDICT_LABEL[verdict]} claim: ${phrase.trim()}`,
      exact: true,
    }),
  ).toBeVisible();
}

/** Goes back from the reader to the library through the breadcrumb. */
export async function backToLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

/**
 * Whether the first occurrence of a phrase in the article is fully inside the visible part of
 * the article's scrolling box (and of the window).
 */
export async function isPhraseInView(page: Page, phrase: string): Promise<boolean> {
  return articleText(page).evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      const rect = range.getBoundingClientRect();
      let top = 0;
      let bottom = window.innerHeight;
      for (let el = root.parentElement; el; el = el.parentElement) {
        const { overflowY } = getComputedStyle(el);
        if (/(auto|scroll)/.test(overflowY) && el.scrollHeight > el.clientHeight) {
          const box = el.getBoundingClientRect();
          top = Math.max(top, box.top);
          bottom = Math.min(bottom, box.bottom);
        }
      }
      return rect.height > 0 && rect.top >= top && rect.bottom <= bottom;
    }
    throw new Error(`phrase not found: ${phrase}`);
  }, phrase);
}

/**
 * Chooses a verdict in a claim card with the mouse: the radio itself is visually hidden, so a
 * pointer user clicks its label.
 */
export async function chooseVerdict(card: Locator, verdict: VerdictName): Promise<void> {
  await card.getByRole('group', { name: 'Verdict' }).getByText(VERDICT_LABEL[verdict]).click();
}

/**
 * Lets the page handle the events already queued (one frame, then one task). ProseMirror
 * reads a selection made with Shift+arrows from the `selectionchange` event, which Chromium
 * queues as a task; Playwright's keys arrive faster than any typist, so without this the next
 * key (a verdict key) can be handled before the last arrow's selection reached the editor.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))),
  );
}
