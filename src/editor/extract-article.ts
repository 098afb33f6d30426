import { Readability } from '@mozilla/readability';
import { guessLanguage } from '../domain/claims/article-meta';
import { textblocks, textblockText } from '../domain/text/canonical-text';
import { htmlToDoc, sanitizeHtml } from './article-input';
import { inertHtml } from './inert-html';
import { dropChromeBlocks } from './drop-chrome-blocks';
import { readPageMeta, type PageMeta } from './page-meta';
import { stripPageChrome } from './strip-page-chrome';

// The article of a web page: docs/DECISIONS.md, "Article input". The page is parsed with
// DOMParser into a document with no browsing context: its scripts, handlers, refresh, <base>
// and stylesheets never run or load, and nothing in it reaches the app's page unsanitised.

/** A page read as an article: the article the extractor kept, the whole page, and what the page states about it. */
export interface PageExtraction {
  /** The sanitised article, its headline first; the whole page when the extractor found nothing. */
  articleHtml: string;
  /** The sanitised whole page. */
  pageHtml: string;
  /** The text blocks of the whole page that the article leaves out, in page order. */
  dropped: string[];
  /** Whether the article is less than the whole page. */
  extracted: boolean;
  meta: PageMeta;
}

// Signs that the HTML is a page (with menus, asides, a footer) rather than a selection of text.
const CHROME = [
  'nav', 'header', 'footer', 'aside', 'form', '[role="navigation"]', '[role="banner"]',
  '[role="contentinfo"]', '[role="complementary"]',
].join(', '); // prettier-ignore
const PAGE_HEAD = 'title, meta[property], meta[name], link[rel~="canonical"], script[type$="json"]';

/** The text of each block of sanitised HTML, as the article's canonical text splits it. */
function blockTexts(html: string): string[] {
  return textblocks(htmlToDoc(html)).map((block) =>
    textblockText(block).replace(/\s+/gu, ' ').trim(),
  );
}

/** The blocks of `page` missing from `article`, each counted as often as it occurs. */
function missing(page: string[], article: string[]): string[] {
  const left = new Map<string, number>();
  for (const block of article) left.set(block, (left.get(block) ?? 0) + 1);
  return page.filter((block) => {
    const count = left.get(block) ?? 0;
    if (count > 0) left.set(block, count - 1);
    return count === 0;
  });
}

/** Links made absolute against the page's address (never its <base>), or made plain text. */
function absoluteLinks(page: Document, address: string): void {
  for (const base of Array.from(page.querySelectorAll('base'))) base.remove();
  for (const link of Array.from(page.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    let absolute = '';
    try {
      absolute = address === '' ? new URL(href).href : new URL(href, address).href;
    } catch {
      absolute = '';
    }
    if (/^(?:https?|mailto):/iu.test(absolute)) link.setAttribute('href', absolute);
    else link.removeAttribute('href');
  }
}

/** The headline as a block before the article, unless the article starts with it already. */
function withHeadline(articleHtml: string, headline: string): string {
  const first = blockTexts(articleHtml)[0] ?? '';
  if (headline === '' || first === headline.replace(/\s+/gu, ' ').trim()) return articleHtml;
  const holder = document.implementation.createHTMLDocument('').createElement('h1');
  holder.textContent = headline;
  return holder.outerHTML + articleHtml;
}

/** Finds the main content of a parsed page (which it may change) as HTML, or null. */
export type ContentExtractor = (page: Document) => { content: string; byline: string } | null;

const readability: ContentExtractor = (page) => {
  const found = new Readability(page).parse();
  return found?.content ? { content: found.content, byline: found.byline ?? '' } : null;
};

/** Reads a web page (pasted HTML or a saved file) into its main article, the whole page, and its metadata. */
export function extractArticle(html: string, extractor = readability): PageExtraction {
  const page = new DOMParser().parseFromString(inertHtml(html), 'text/html');
  const meta = readPageMeta(page, html);
  absoluteLinks(page, meta.sourceUrl?.value ?? '');
  const pageHtml = sanitizeHtml(page.body?.innerHTML ?? '');
  const isPage = page.querySelector(CHROME) !== null || page.head?.querySelector(PAGE_HEAD);
  let found: ReturnType<ContentExtractor> = null;
  if (isPage) {
    const copy = page.cloneNode(true) as Document;
    stripPageChrome(copy);
    found = extractor(copy);
  }
  const articleHtml = found ? sanitizeHtml(found.content) : '';
  const pageBlocks = blockTexts(pageHtml);
  if (blockTexts(articleHtml).length === 0) {
    return {
      articleHtml: pageHtml,
      pageHtml,
      dropped: [],
      extracted: false,
      meta: withLanguage(meta, pageBlocks),
    };
  }
  const article = dropChromeBlocks(withHeadline(articleHtml, meta.title?.value ?? ''));
  const articleBlocks = blockTexts(article);
  if (!meta.author && found?.byline) {
    meta.author = { value: found.byline.replace(/^(?:by|par)\s+/iu, '').trim(), source: 'byline' };
  }
  return {
    articleHtml: article,
    pageHtml,
    dropped: missing(pageBlocks, articleBlocks),
    extracted: articleBlocks.length < pageBlocks.length,
    meta: withLanguage(meta, articleBlocks),
  };
}

/** The page's language, or a guess from its text when the page does not state it. */
function withLanguage(meta: PageMeta, blocks: string[]): PageMeta {
  if (meta.language) return meta;
  return { ...meta, language: { value: guessLanguage(blocks.join('\n\n')), source: 'text' } };
}
