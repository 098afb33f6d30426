// @vitest-environment jsdom
import { generateJSON } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../domain/types';
import { detectKind, htmlToDoc, markdownToDoc, pastedToInput, proposeTitle } from './article-input';
import { readArticleInput, sanitizeHtml, textToDoc } from './article-input';
import { isAllowedLinkHref } from '../domain/text/document-schema';
import { articleExtensions } from './article-schema';

const FRENCH_BLOCKS = [
  'Cloudwatt aurait lui-même demandé son audit',
  'Ce vendredi, nous rapportions d\'après un "Confidentiel" paru dans le magazine Challenges que Bercy avait demandé un audit de Cloudwatt.\u00a0La nouvelle intervient en effet quelques semaines seulement après.',
  "\"L'information est inexacte.\u00a0\"Bercy\" n'a pas demandé d'audit.\u00a0C'est Cloudwatt avec l'accord de son conseil de surveillance qui a demandé un audit.\"",
];
const FRENCH = FRENCH_BLOCKS.join('\n\n');

type Json = DocumentJson;
const t = (text: string): Json => ({ type: 'text', text });
const p = (...content: Json[]): Json => ({ type: 'paragraph', content });
const h = (level: number, s: string) => ({ type: 'heading', attrs: { level }, content: [t(s)] });
const br: Json = { type: 'hardBreak' };
const doc = (...content: Json[]): Json => ({ type: 'doc', content });
const EMPTY = doc({ type: 'paragraph' });
const paras = (...lines: string[]) => doc(...lines.map((line) => p(t(line))));

const nodes = (node: Json): Json[] => [node, ...(node.content ?? []).flatMap(nodes)];
const texts = (node: Json): string[] => nodes(node).flatMap((n) => n.text ?? []);
const types = (node: Json): string[] => nodes(node).map((n) => n.type);
const marks = (node: Json) => nodes(node).flatMap((n) => n.marks ?? []);
const hrefs = (node: Json) => marks(node).flatMap((m) => (m.type === 'link' ? m.attrs?.href : []));

describe('textToDoc', () => {
  it('keeps the French sample byte for byte, one paragraph per block', () => {
    const result = textToDoc(FRENCH);
    expect(result).toEqual(paras(...FRENCH_BLOCKS));
    const joined = texts(result).join('');
    expect(joined.match(/\u00a0/g)).toHaveLength(3);
    expect(joined.match(/"/g)).toHaveLength(6);
    expect(joined).not.toMatch(/[\u201c\u201d\u00ab\u00bb]/);
  });

  it.each([
    ['CRLF', 'a\r\n\r\nb\r\nc', doc(p(t('a')), p(t('b'), br, t('c')))],
    ['lone CR', 'a\r\rb\rc', doc(p(t('a')), p(t('b'), br, t('c')))],
    ['several blank lines', 'a\n\n\n\nb', paras('a', 'b')],
    ['blank lines of spaces and NBSP', 'a\n \u00a0\t\n\u202f\nb', paras('a', 'b')],
    ['block edges trimmed', '  \n  a  b \n c  \n\n', doc(p(t('a  b '), br, t(' c')))],
    ['inner NBSP kept', '\u00a0a\u00a0\u00a0b\u202f!\u00a0', paras('a\u00a0\u00a0b\u202f!')],
    ['quotes untouched', '“a” "b" \'c\' ’d’', paras('“a” "b" \'c\' ’d’')],
    ['NFD to NFC', 'demande\u0301 a\u0300', paras('demandé à')],
    ['empty input', '', EMPTY],
    ['whitespace only', ' \n\u00a0\n\r\n', EMPTY],
  ])('%s', (_name, input, expected) => {
    expect(textToDoc(input)).toEqual(expected);
  });
});

describe('sanitizeHtml and htmlToDoc', () => {
  // prettier-ignore
  it.each([
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<p onclick="alert(1)">p</p>',
    '<a href="javascript:alert(1)">x</a>', '<a href=" java\tscript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a href="vbscript:alert(1)">x</a>',
    '<iframe src="https://evil.example/?alert"></iframe>', '<svg onload=alert(1)>alert</svg>',
    '<style>body{background:url("javascript:alert(1)")}</style>',
  ])('leaves no trace of %s', (html) => {
    const json = JSON.stringify(htmlToDoc(`<p>before</p>${html}<p>after</p>`));
    for (const trace of ['alert', 'javascript:', 'onerror', 'onclick', 'data:', 'vbscript']) {
      expect(json).not.toContain(trace);
    }
    expect(texts(JSON.parse(json) as Json)).toEqual(expect.arrayContaining(['before', 'after']));
  });

  it('keeps the structure of a real article', () => {
    const result = htmlToDoc(
      '<h2>Title</h2><ul><li>one</li></ul><ol><li>first</li></ol><blockquote><p>q</p></blockquote>' +
        '<p>see <a href="https://example.org/a">this</a>, <strong>b</strong> <em>i</em><br>next</p>',
    );
    expect(result.content?.[0]).toEqual(h(2, 'Title'));
    const expectedTypes = ['bulletList', 'orderedList', 'listItem', 'blockquote', 'hardBreak'];
    expect(types(result)).toEqual(expect.arrayContaining(expectedTypes));
    expect(hrefs(result)).toEqual(['https://example.org/a']);
    expect(marks(result).map((m) => m.type)).toEqual(['link', 'bold', 'italic']);
  });

  it.each([
    ['raw NBSP', '<p>a\u00a0b\u202fc</p>', paras('a\u00a0b\u202fc')],
    ['entities', '<p>a&nbsp;: &laquo;&nbsp;b&nbsp;&raquo;</p>', paras('a\u00a0: «\u00a0b\u00a0»')],
    ['NFD text', '<p>demande\u0301</p>', paras('demandé')],
    ['quotes', '<p>"a" &quot;b&quot; “c”</p>', paras('"a" "b" “c”')],
    ['collapsed ordinary spaces', '<p>a  \n b</p>', paras('a b')],
    ['divs become paragraphs', '<div>one</div><div>two</div>', paras('one', 'two')],
    ['h5/h6 become h4', '<h5>x</h5><h6>y</h6>', doc(h(4, 'x'), h(4, 'y'))],
    ['table cells apart', '<table><tr><th>a</th><td>b</td></tr></table>', paras('a', 'b')],
    ['nav dropped, aside kept', '<nav>Menu</nav><aside>Side</aside>', paras('Side')],
    ['unsafe href dropped, text kept', '<p><a href="/relative">x</a></p>', paras('x')],
    ['empty html', '', EMPTY],
  ])('%s', (_name, html, expected) => {
    expect(htmlToDoc(html)).toEqual(expected);
  });

  it('keeps only href attributes', () => {
    const attrs = 'class="c" id="i" style="x" data-x="1" aria-label="l" title="t" target="_blank"';
    const html = sanitizeHtml(`<p ${attrs}>p</p><a href="mailto:a@b.c" ${attrs}>m</a>`);
    expect(html).toBe('<p>p</p><a href="mailto:a@b.c">m</a>');
  });

  const allowed = ['https://example.org', 'http://example.org/a?b#c', 'mailto:a@example.org'];
  const refused = ['javascript:x', ' JavaScript:x', 'java\nscript:x', 'data:text/html,x', '/a'];
  it.each([...allowed.map((href) => [href, true]), ...refused.map((href) => [href, false])])(
    'isAllowedLinkHref(%j) is %s',
    (href, expected) => expect(isAllowedLinkHref(String(href))).toBe(expected),
  );

  it('refuses a javascript: link even without the sanitiser', () => {
    const json = generateJSON('<p><a href="javascript:alert(1)">x</a></p>', articleExtensions);
    expect(JSON.stringify(json)).not.toContain('javascript');
  });
});

describe('markdownToDoc', () => {
  it('turns headings, lists and links into nodes, in NFC with NBSP kept', () => {
    const md = '# Title\n\n## Sub\n\n- a\n- b\n\n1. one\n\n[l](https://example.org) e\u0301\u00a0!';
    const result = markdownToDoc(md);
    expect(result.content?.slice(0, 2)).toEqual([h(1, 'Title'), h(2, 'Sub')]);
    expect(types(result)).toEqual(expect.arrayContaining(['bulletList', 'orderedList']));
    expect(hrefs(result)).toEqual(['https://example.org']);
    expect(texts(result).at(-1)).toBe(' é\u00a0!');
  });

  it('drops raw HTML scripts and javascript: links', () => {
    const md = 'Text <script>alert(1)</script>\n\n<script>\nalert(2)\n</script>\n[x](javascript:y)';
    const json = JSON.stringify(markdownToDoc(md));
    expect(json).not.toContain('alert');
    expect(json).not.toContain('javascript');
    expect(json).toContain('Text');
  });
});

describe('proposeTitle', () => {
  const list = doc({ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('li'))] }] });
  it.each([
    ['first paragraph', paras(' Hello\u00a0 world ', 'b'), 'Hello world'],
    ['skips empty blocks', doc({ type: 'paragraph' }, p(t('a'), br, t('b'))), 'a b'],
    ['prefers an early heading', doc(p(t('kicker')), p(t('date')), h(1, 'H')), 'H'],
    ['ignores a later heading', doc(p(t('a')), p(t('b')), p(t('c')), h(2, 'H')), 'a'],
    ['looks inside lists', list, 'li'],
    ['empty document', EMPTY, ''],
    ['cut at a word boundary', doc(p(t('mot '.repeat(60)))), `${'mot '.repeat(39).trim()}…`],
    ['one long word', doc(p(t('x'.repeat(200)))), `${'x'.repeat(159)}…`],
    ['French sample', textToDoc(FRENCH), FRENCH_BLOCKS[0]],
  ])('%s', (_name, input, expected) => {
    const title = proposeTitle(input);
    expect(title).toBe(expected);
    expect(Array.from(title).length).toBeLessThanOrEqual(160);
  });
});

describe('readArticleInput, pastedToInput and detectKind', () => {
  it.each([
    ['article.txt', '', '<p>x</p>', 'text'],
    ['article.HTML', '', 'plain', 'html'],
    ['article.htm', 'text/plain', 'x', 'html'],
    ['notes.md', 'text/html', '<p>x</p>', 'markdown'],
    ['notes.markdown', '', '', 'markdown'],
    ['article', 'text/html; charset=utf-8', 'x', 'html'],
    ['article', 'text/markdown', 'x', 'markdown'],
    ['article.dat', '', '  <!DOCTYPE html><html><body>x', 'html'],
    ['', '', '<div>x</div>', 'html'],
    ['', '', '<3 this article', 'text'],
    ['', '', '# Title', 'text'],
  ])('%j %j %j → %s', (fileName, mimeType, content, expected) => {
    expect(detectKind(fileName, mimeType, content)).toBe(expected);
  });

  it.each([
    ['text', '<b>Title</b>\n\nbody', '<b>Title</b>'],
    ['html', '<h1>Title</h1><p>body</p>', 'Title'],
    ['markdown', '# Title\n\nbody', 'Title'],
  ] as const)('reads %s', (kind, content, title) => {
    expect(readArticleInput(kind, content).proposedTitle).toBe(title);
  });

  it.each([
    ['html with markup', '<p>Rich <b>text</b></p>', 'plain', ['Rich ', 'text']],
    ['no html', null, 'a\n\nb', ['a', 'b']],
    ['empty html', '', 'a', ['a']],
    ['styled spans only', '<meta charset="utf-8"><span style="x">a b</span>', 'a\nb', ['a', 'b']],
    ['html that sanitises to nothing', '<p><img src=x></p>', 'alt text', ['alt text']],
  ])('%s', (_name, html, text, expected) => {
    expect(texts(pastedToInput(html, text).doc)).toEqual(expected);
  });

  it('pastes the French sample as text losslessly', () => {
    const input = pastedToInput(null, FRENCH.replace(/\n/g, '\r\n'));
    expect(texts(input.doc)).toEqual(FRENCH_BLOCKS);
    expect(input.proposedTitle).toBe(FRENCH_BLOCKS[0]);
  });
});
