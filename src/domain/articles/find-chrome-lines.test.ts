import { describe, expect, it } from 'vitest';
import { PASTED_EN } from '../test-data/pasted-articles-en';
import { PASTED_FR } from '../test-data/pasted-articles-fr';
import { PASTED_LATER } from '../test-data/pasted-articles-later';
import { chromeLineIndices, keptLines, pastedText } from '../test-data/pasted-article';
import { findChromeLines } from './find-chrome-lines';
import { proposeHeadline } from './propose-headline';
import { removeChromeLines } from './remove-chrome-lines';

const CORPUS = [...PASTED_FR, ...PASTED_EN, ...PASTED_LATER];
const nonBlank = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

describe('the pasted-article corpus', () => {
  it('holds at least 20 articles in French and English', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(20);
    expect(PASTED_FR.length).toBeGreaterThanOrEqual(10);
    expect(PASTED_EN.length).toBeGreaterThanOrEqual(10);
  });

  it.each(CORPUS.map((article) => [`${article.language}: ${article.name}`, article] as const))(
    '%s',
    (_name, article) => {
      const text = pastedText(article);
      const chrome = findChromeLines(text);
      expect(chrome.map((mark) => mark.line)).toEqual(chromeLineIndices(article));
      expect(nonBlank(removeChromeLines(text, chrome))).toEqual(keptLines(article));
      expect(proposeHeadline(text, chrome)?.title).toBe(article.title);
    },
  );

  it('reports line precision and recall over the corpus', () => {
    let found = 0;
    let right = 0;
    let marked = 0;
    let titles = 0;
    for (const article of CORPUS) {
      const text = pastedText(article);
      const chrome = findChromeLines(text);
      const expected = new Set(chromeLineIndices(article));
      found += chrome.length;
      right += chrome.filter((mark) => expected.has(mark.line)).length;
      marked += expected.size;
      if (proposeHeadline(text, chrome)?.title === article.title) titles += 1;
    }
    console.info(
      `chrome lines: precision ${right}/${found}, recall ${right}/${marked}; ` +
        `titles ${titles}/${CORPUS.length}`,
    );
    expect(right).toBe(found);
  });
});

describe('findChromeLines', () => {
  it('marks nothing in a text without chrome, and proposes its first line', () => {
    const text = 'Un titre simple\n\nUn paragraphe.\n\nUn autre paragraphe.';
    expect(findChromeLines(text)).toEqual([]);
    expect(proposeHeadline(text, [])).toEqual({
      title: 'Un titre simple',
      line: 0,
      reason: 'first-line',
    });
  });

  it('keeps a headline glued to a breadcrumb and proposes it', () => {
    const text = 'HomeTechnologyApple unveils a faster laptop chip\n\nThe chip is 30% faster.';
    const chrome = findChromeLines(text);
    expect(chrome).toEqual([
      { line: 0, kind: 'breadcrumb', replacement: 'Apple unveils a faster laptop chip' },
    ]);
    expect(removeChromeLines(text, chrome)).toBe(
      'Apple unveils a faster laptop chip\n\nThe chip is 30% faster.',
    );
    expect(proposeHeadline(text, chrome)?.reason).toBe('after-chrome');
  });

  it('handles CRLF line ends and an empty text', () => {
    expect(findChromeLines('')).toEqual([]);
    expect(proposeHeadline('', [])).toBeNull();
    const chrome = findChromeLines('Menu\r\nLe vrai titre de la page\r\n\r\nTexte.');
    expect(chrome).toEqual([{ line: 0, kind: 'menu', replacement: '' }]);
  });
});
