import { articleLanguage } from '../domain/articles/article-language';
import { authorNames } from '../domain/articles/author-names';
import { cleanSourceUrl } from '../domain/articles/clean-source-url';
import { isoDay } from '../domain/articles/iso-day';
import { jsonLdArticle, type JsonLdArticle } from '../domain/articles/json-ld-article';
import { siteNameOfTitle, titleWithoutSiteName } from '../domain/articles/title-without-site-name';

/** One metadata value read from a page, with the place it was read from ("og:site_name"). */
export interface MetaValue {
  value: string;
  source: string;
}

/** The metadata fields a page can state. */
export type PageMetaField =
  'title' | 'sourceUrl' | 'publisher' | 'author' | 'publishedAt' | 'modifiedAt' | 'language';

/** What a page states about its article, field by field (a field it is silent on is absent). */
export type PageMeta = Partial<Record<PageMetaField, MetaValue>>;

type Candidate = [source: string, value: string | null | undefined];

/** The first candidate with a value, after `clean`. */
function first(candidates: Candidate[], clean = (v: string) => v.trim()): MetaValue | undefined {
  for (const [source, raw] of candidates) {
    const value = raw ? clean(raw) : '';
    if (value !== '') return { value, source };
  }
  return undefined;
}

/** Where the article sits, for the headline and the dates: outside menus, asides and footers. */
function inArticle(element: Element): boolean {
  if (element.closest('nav, aside, footer, form, [role="navigation"], [role="complementary"]')) {
    return false;
  }
  const header = element.closest('header');
  return !header || header.closest('article, main, [role="main"]') !== null;
}

function jsonLd(page: Document): JsonLdArticle | null {
  const blocks = Array.from(page.querySelectorAll('script[type="application/ld+json"]'))
    .map((script) => {
      try {
        return JSON.parse(script.textContent ?? '') as unknown;
      } catch {
        return null;
      }
    })
    .filter((block) => block !== null);
  return jsonLdArticle(blocks);
}

/** Reads what a parsed page states about its article: title, address, publisher, authors, dates, language. */
export function readPageMeta(page: Document, html: string): PageMeta {
  const meta = (selector: string) =>
    page.querySelector(`meta[${selector}]`)?.getAttribute('content') ?? null;
  const prop = (name: string) => meta(`property="${name}"`) ?? meta(`name="${name}"`);
  const named = (name: string) =>
    Array.from(page.querySelectorAll('meta[name]'))
      .find((m) => m.getAttribute('name')?.toLowerCase() === name)
      ?.getAttribute('content') ?? null;
  const item = (name: string) => {
    const element = page.querySelector(`[itemprop="${name}"]`);
    if (!element) return null;
    const inner = element.querySelector('[itemprop="name"]');
    return (
      element.getAttribute('content') ??
      element.getAttribute('datetime') ??
      (inner ?? element).textContent
    );
  };
  const ld = jsonLd(page);
  const savedFrom = /<!-- saved from url=\(\d+\)(\S+?) -->/u.exec(html)?.[1] ?? null;
  const docTitle = page.querySelector('title')?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
  const heading = Array.from(page.querySelectorAll('h1')).find(inArticle);
  const headline = heading?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

  const publisher = first([
    ['og:site_name', prop('og:site_name')],
    ['JSON-LD publisher', ld?.publisher],
    ['application-name', named('application-name')],
    ['<title>', siteNameOfTitle(docTitle, headline)],
  ]);
  const siteName = publisher?.value ?? '';
  const title = first([
    ['<h1>', headline],
    ['og:title', titleWithoutSiteName(prop('og:title') ?? '', siteName)],
    ['JSON-LD headline', ld?.headline],
    ['twitter:title', titleWithoutSiteName(prop('twitter:title') ?? '', siteName)],
    ['<title>', titleWithoutSiteName(docTitle, siteName)],
  ]);

  const ogUrl = cleanSourceUrl(prop('og:url') ?? '');
  const base = ogUrl || cleanSourceUrl(savedFrom ?? '');
  const canonical = page.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const sourceUrl = first([
    ['link rel=canonical', canonical ? cleanSourceUrl(canonical, base) : ''],
    ['og:url', ogUrl],
    ['JSON-LD url', cleanSourceUrl(ld?.url ?? '')],
    ['saved from url', cleanSourceUrl(savedFrom ?? '')],
  ]);

  const names = (values: (string | null | undefined)[]) =>
    authorNames(values.filter((v): v is string => typeof v === 'string')).join(', ');
  const relAuthors = Array.from(page.querySelectorAll('a[rel~="author"]')).map(
    (a) => a.textContent,
  );
  const author = first([
    ['JSON-LD author', names(ld?.authors ?? [])],
    ['meta author', names([named('author')])],
    ['article:author', names([prop('article:author')])],
    ['DC.creator', names([named('dc.creator')])],
    ['itemprop author', names([item('author')])],
    ['rel=author', names(relAuthors)],
  ]);

  const time = Array.from(page.querySelectorAll('time[datetime]')).find(inArticle);
  const publishedAt = first(
    [
      ['JSON-LD datePublished', ld?.datePublished],
      ['article:published_time', prop('article:published_time')],
      [
        'meta date',
        named('date') ?? named('dc.date') ?? named('dc.date.issued') ?? named('pubdate'),
      ],
      ['itemprop datePublished', item('datePublished')],
      ['<time>', time?.getAttribute('datetime')],
    ],
    isoDay,
  );
  const modifiedAt = first(
    [
      ['JSON-LD dateModified', ld?.dateModified],
      ['article:modified_time', prop('article:modified_time')],
      ['og:updated_time', prop('og:updated_time')],
      ['itemprop dateModified', item('dateModified')],
    ],
    isoDay,
  );
  const language = first(
    [
      ['<html lang>', page.documentElement.getAttribute('lang')],
      ['content-language', meta('http-equiv="content-language"')],
      ['og:locale', prop('og:locale')],
      ['JSON-LD inLanguage', ld?.inLanguage],
    ],
    (code) => articleLanguage(code) ?? '',
  );
  const found: PageMeta = {
    title,
    sourceUrl,
    publisher,
    author,
    publishedAt,
    modifiedAt,
    language,
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as PageMeta;
}
