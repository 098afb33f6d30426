import { findChromeLines } from '../domain/articles/find-chrome-lines';
import { BYLINE, DATELINE } from '../domain/articles/chrome-patterns';
import { lineKey, wordCount } from '../domain/articles/line-key';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, div, figcaption, blockquote, pre';

const DATE = new RegExp(DATELINE.source, 'gu');
const STAMP = /^(?:publié|mis à jour|modifié|actualisé|posted|published|updated)\b/u;

/** Whether a block is a bare byline or date, which the page's metadata holds instead. */
function isByline(text: string): boolean {
  const key = lineKey(text);
  if (key === '' || wordCount(key) > 12 || /[.!?]["»”)]?$/u.test(key)) return false;
  if (BYLINE.test(text.trim()) || STAMP.test(key)) return true;
  // A date with nothing else but a time, a weekday or a preposition ("Le 3 mars 2025 à 7h45").
  const rest = key
    .replace(DATE, ' ')
    .replace(/\b(?:le|on|at|à|a|\d{1,2}h\d{0,2}|\d{1,2}:\d{2}|am|pm|gmt|utc)\b|[,|·:-]/gu, ' ')
    .trim();
  return rest === '' || (wordCount(rest.replace(/\s+/gu, ' ')) <= 1 && !/\p{L}{4,}/u.test(rest));
}

/**
 * Removes from sanitised article HTML the blocks that read as site chrome (the pasted-text rules
 * of src/domain/articles, one block per line) or as a bare byline or date.
 */
export function dropChromeBlocks(html: string): string {
  const page = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const blocks = Array.from(page.body.querySelectorAll(BLOCKS)).filter(
    (block) => block.querySelector(BLOCKS) === null && (block.textContent ?? '').trim() !== '',
  );
  const lines = blocks.map((block) => (block.textContent ?? '').replace(/\s+/gu, ' ').trim());
  const chrome = new Set(findChromeLines(lines.join('\n')).map((mark) => mark.line));
  // The headline is the first block; the chrome rules' guesses before it do not apply here.
  blocks.forEach((block, i) => {
    if (i > 0 && (chrome.has(i) || isByline(lines[i]!))) block.remove();
  });
  return page.body.innerHTML;
}
