import { generateJSON } from '@tiptap/core';
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import type { DocumentJson } from '../domain/types';
import { articleExtensions } from './article-schema';
import { inertHtml } from './inert-html';

/** The formats an article can be brought in from. */
export type ArticleSourceKind = 'text' | 'html' | 'markdown';

/** An article's document as read from a file or the clipboard, with a title guessed from it. */
export interface ArticleInput {
  doc: DocumentJson;
  proposedTitle: string;
}

const EMPTY_DOC: DocumentJson = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Turns pasted plain text into a document losslessly: blank lines split paragraphs, single newlines become hard breaks. */
export function textToDoc(text: string): DocumentJson {
  const normalized = text.normalize('NFC').replace(/\r\n?/g, '\n');
  // JS `\s` includes U+00A0 and U+202F, so a line of non-breaking spaces is blank too. Only the
  // block's outer edges are trimmed; every inner character is kept as typed.
  const blocks = normalized
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  if (blocks.length === 0) return structuredClone(EMPTY_DOC);
  return { type: 'doc', content: blocks.map(blockToParagraph) };
}

function blockToParagraph(block: string): DocumentJson {
  const content = block
    .split('\n')
    .flatMap((line, i): DocumentJson[] => [
      ...(i > 0 ? [{ type: 'hardBreak' }] : []),
      { type: 'text', text: line },
    ]);
  return { type: 'paragraph', content };
}

// Dropped together with everything inside them: active content, media with no text, form
// controls, and site navigation (menus are boilerplate, never part of the article under review).
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'img', 'svg', 'math',
  'video', 'audio', 'canvas', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta',
  'base', 'nav', 'head', 'title',
]; // prettier-ignore

// Any other element (aside, sup, time, label…) is unwrapped: its tag goes, its text stays.
const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'strong',
  'b', 'em', 'i', 'u', 's', 'code', 'pre', 'hr', 'span', 'div', 'section', 'article', 'main',
  'header', 'footer', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr',
  'td', 'th',
]; // prettier-ignore

/** Strips HTML down to the article's structure and http/https/mailto links, dropping scripts, media and every other attribute. */
export function sanitizeHtml(html: string): string {
  // Without a DOM, DOMPurify returns its input untouched: fail loudly instead.
  if (!DOMPurify.isSupported) throw new Error('sanitizeHtml needs a DOM (browser or jsdom)');
  const fragment = DOMPurify.sanitize(inertHtml(html), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
    ADD_FORBID_CONTENTS: DROPPED_WITH_CONTENT,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  // The schema stops at four heading levels; h5/h6 would otherwise fall back to paragraphs.
  for (const deep of Array.from(fragment.querySelectorAll('h5, h6'))) {
    deep.replaceWith(moveChildren(deep, 'h4'));
  }
  // The schema has no tables, and cells parsed as inline text would glue their words together
  // ("ab" from a|b): each cell (and the caption) becomes a block of its own instead.
  for (const table of Array.from(fragment.querySelectorAll('table'))) {
    const cells = Array.from(table.querySelectorAll('caption, td, th'));
    const own = cells.filter((cell) => cell.closest('table') === table);
    table.replaceWith(...own.map((cell) => moveChildren(cell, 'div')));
  }
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}

function moveChildren(from: Element, tagName: string): Element {
  const to = from.ownerDocument.createElement(tagName);
  to.append(...Array.from(from.childNodes));
  return to;
}

function normalizeText(node: DocumentJson): DocumentJson {
  const normalized: DocumentJson = { ...node };
  if (node.text !== undefined) normalized.text = node.text.normalize('NFC');
  if (node.content) normalized.content = node.content.map(normalizeText);
  return normalized;
}

/** Turns (untrusted) HTML into a sanitised article document with NFC text. */
export function htmlToDoc(html: string): DocumentJson {
  return normalizeText(generateJSON(sanitizeHtml(html), articleExtensions) as DocumentJson);
}

/** Turns Markdown into an article document; embedded raw HTML is sanitised like any other HTML. */
export function markdownToDoc(md: string): DocumentJson {
  return htmlToDoc(marked.parse(md, { async: false }));
}

type KindRule = [RegExp, ArticleSourceKind];
const EXTENSION_KINDS: KindRule[] = [
  [/\.(?:txt|text)$/i, 'text'],
  [/\.(?:html?|xhtml)$/i, 'html'],
  [/\.(?:md|markdown)$/i, 'markdown'],
];
const MIME_KINDS: KindRule[] = [
  [/^text\/plain\b/i, 'text'],
  [/^(?:text\/html|application\/xhtml\+xml)\b/i, 'html'],
  [/^text\/(?:x-)?markdown\b/i, 'markdown'],
];
const kindBy = (rules: KindRule[], value: string) => rules.find(([rule]) => rule.test(value))?.[1];

/** Guesses a file's format from its extension, then its MIME type, then its first characters. */
export function detectKind(fileName: string, mimeType: string, content: string): ArticleSourceKind {
  const declared = kindBy(EXTENSION_KINDS, fileName) ?? kindBy(MIME_KINDS, mimeType.trim());
  if (declared) return declared;
  const head = content.trimStart().slice(0, 2000);
  const looksLikeHtml =
    head.startsWith('<') && /<(?:!doctype html|html|body|p|div|article|h[1-6])\b/i.test(head);
  // Plain text is the safe fallback: it keeps every character.
  return looksLikeHtml ? 'html' : 'text';
}

const TITLE_MAX = 160;

function textblocks(node: DocumentJson, found: DocumentJson[] = []): DocumentJson[] {
  const inline = node.content?.some((child) => child.type === 'text' || child.type === 'hardBreak');
  if (inline || node.type === 'paragraph' || node.type === 'heading') found.push(node);
  else node.content?.forEach((child) => textblocks(child, found));
  return found;
}

function plainText(node: DocumentJson): string {
  if (node.type === 'hardBreak') return ' ';
  return node.text ?? (node.content ?? []).map(plainText).join('');
}

/** Proposes a title: the first heading among the opening blocks, else the first non-empty block, cut to 160 characters. */
export function proposeTitle(doc: DocumentJson): string {
  const candidates = textblocks(doc)
    .map((block) => ({ block, text: plainText(block).replace(/\s+/g, ' ').trim() }))
    .filter((candidate) => candidate.text !== '')
    .slice(0, 3);
  const chosen = candidates.find((c) => c.block.type === 'heading') ?? candidates[0];
  return chosen ? cutTitle(chosen.text) : '';
}

/** A title cut to 160 characters at a word boundary, with an ellipsis when cut. */
export function cutTitle(text: string): string {
  // Code points, not UTF-16 units, so an emoji is never cut in half.
  const chars = Array.from(text);
  if (chars.length <= TITLE_MAX) return text;
  const head = chars.slice(0, TITLE_MAX - 1).join('');
  const lastSpace = head.lastIndexOf(' ');
  // A single very long word is cut mid-word rather than leaving an almost empty title.
  const cut = lastSpace > TITLE_MAX / 2 ? head.slice(0, lastSpace) : head;
  return `${cut.trimEnd()}…`;
}

/** Reads a file's content of the given kind into an article document and a proposed title. */
export function readArticleInput(kind: ArticleSourceKind, content: string): ArticleInput {
  const doc =
    kind === 'html'
      ? htmlToDoc(content)
      : kind === 'markdown'
        ? markdownToDoc(content)
        : textToDoc(content);
  return { doc, proposedTitle: proposeTitle(doc) };
}

// Formatting or structure worth keeping; a clipboard HTML flavour made only of styled spans
// carries less than the plain-text flavour, which still has the line breaks.
const MEANINGFUL_MARKUP =
  /<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|pre|table|tr|a|strong|b|em|i|u|s|code)\b/i;

/** Whether a clipboard paste is read from its HTML flavour: it has real markup, and sanitising leaves words in it. */
export function usesPastedHtml(html: string | null, text: string): html is string {
  if (!html || !MEANINGFUL_MARKUP.test(html)) return false;
  // Never let sanitising swallow a paste whose plain text still has words in it.
  return plainText(htmlToDoc(html)).trim() !== '' || text.trim() === '';
}

/** Turns a clipboard paste into an article: its HTML flavour when that has real markup, else its text. */
export function pastedToInput(html: string | null, text: string): ArticleInput {
  return usesPastedHtml(html, text)
    ? readArticleInput('html', html)
    : readArticleInput('text', text);
}
