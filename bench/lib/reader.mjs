// Driving the reader: CSS selectors and plain clicks only, since Playwright's role and label
// queries over its thousands of claim cards take seconds to minutes on the page's main thread.
import { readFileSync } from 'node:fs';
import { settle } from './browser.mjs';
import { direct } from './instrument.mjs';

export const articleEditor = (page) => page.locator('.ProseMirror');
export const readerButton = (page, name) =>
  page.locator('.reader-actions button', { hasText: new RegExp(`^${name}`) });

/** Selects (or puts the caret after) words in the visible part of the article; returns them. */
export async function selectVisibleWords(page, run, collapse) {
  await articleEditor(page).focus();
  return page.evaluate(
    ({ run, collapse }) => {
      const scroller = document.querySelector('.article-scroller');
      const editor = document.querySelector('.ProseMirror');
      const box = scroller.getBoundingClientRect();
      const area = editor.getBoundingClientRect();
      let caret = null;
      for (let dy = 0; dy < 200 && !caret; dy += 9) {
        const y = Math.max(box.top, area.top) + 70 + (run % 5) * 85 + dy;
        const found = document.caretPositionFromPoint(area.left + 12 + (run % 3) * 60, y);
        if (found?.offsetNode.nodeType === Node.TEXT_NODE) caret = found;
      }
      if (!caret) throw new Error('no article text at the probe point');
      const node = caret.offsetNode;
      const text = node.data;
      const range = document.createRange();
      let start = caret.offset;
      while (start > 0 && /\S/.test(text[start - 1])) start--;
      while (start < text.length && /\s/.test(text[start])) start++;
      if (collapse) {
        let end = start;
        while (end < text.length && /[\p{L}\d]/u.test(text[end])) end++;
        range.setStart(node, end);
        range.collapse(true);
      } else {
        let end = Math.min(text.length, start + 28 + (run % 5) * 6);
        while (end < text.length && /[\p{L}\d]/u.test(text[end])) end++;
        while (end > start && /\s/.test(text[end - 1])) end--;
        range.setStart(node, start);
        range.setEnd(node, end);
      }
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return range.toString() || text.slice(start, start + 20);
    },
    { run, collapse },
  );
}

/** Back to the library through the reader's breadcrumb (present on every article page). */
export async function backToLibrary(page) {
  await page.locator('nav.breadcrumb a').click();
  await page.locator('h1', { hasText: /^Library$/ }).waitFor();
}

/** Opens an article from the library by clicking its title; times until its highlights are painted. */
export async function openArticleFromLibrary(page, title, paragraphs, around = direct) {
  await page.locator('main a', { hasText: title }).first().waitFor();
  await settle(page);
  return around(() =>
    page.evaluate(
      async ({ title, paragraphs }) => {
        const B = window.__bench;
        const link = [...document.querySelectorAll('a')].find(
          (a) => a.textContent.trim() === title,
        );
        const seen = {};
        B.mark('action');
        const t0 = performance.now();
        link.click();
        const shown = await B.frameWhen(() => {
          const now = performance.now();
          const editor = document.querySelector('.ProseMirror');
          if (!seen.text && editor && editor.childElementCount >= paragraphs) seen.text = now;
          if (!seen.cards && B.cards.length > 0) seen.cards = now;
          return Boolean(seen.text) && B.verdictRanges() > 0;
        });
        B.mark('done');
        return {
          ms: shown.next - t0,
          paintedMs: shown.painted - t0,
          textFrameMs: seen.text - t0,
          cardsFrameMs: seen.cards ? seen.cards - t0 : null,
          ranges: B.verdictRanges(),
          cards: document.querySelectorAll('.claim-card').length,
          mainThread: B.loafBetween(t0, shown.next),
          domElements: document.getElementsByTagName('*').length,
        };
      },
      { title, paragraphs },
    ),
  );
}

export async function scrollToTop(page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('.article-scroller, .claims-panel'))
      el.scrollTop = 0;
  });
  await settle(page);
}

export async function waitSaved(page) {
  await page.waitForFunction(
    () => document.querySelector('.save-status')?.textContent !== 'Saving…',
    null,
    { polling: 50 },
  );
}

/** Claims of the bundle far down the article, located by paragraph (one text node each). */
export function farClaims(bundleFile, count) {
  const bundle = JSON.parse(readFileSync(bundleFile, 'utf8'));
  const text = bundle.articles[0].text;
  const starts = [];
  for (let at = 0, i = 0; at >= 0; i++) {
    starts.push(at);
    at = text.indexOf('\n\n', at);
    if (at >= 0) at += 2;
  }
  const claims = [...bundle.claims].sort((a, b) => a.anchor.start - b.anchor.start);
  return Array.from({ length: count }, (_, run) => {
    const { anchor } = claims[Math.floor(claims.length * (0.83 + 0.03 * (run % 5)))];
    const paragraph = starts.findLastIndex((s) => s <= anchor.start);
    const base = starts[paragraph];
    return { paragraph, from: anchor.start - base, to: anchor.end - base, quote: anchor.exact };
  });
}
