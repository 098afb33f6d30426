import { problem, type Problem } from '../problem';
import type { ArticleLanguage, ArticleMeta } from '../types';

/** Metadata of an article before the fact-checker fills anything in. */
export function emptyArticleMeta(): ArticleMeta {
  return { title: '', sourceUrl: '', publisher: '', author: '', publishedAt: '', language: 'fr' };
}

/** Whether a string is an absolute http(s) URL. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** What is wrong with an article's metadata, for the form (empty when valid). */
export function articleMetaProblems(meta: ArticleMeta): Problem[] {
  const problems: Problem[] = [];
  if (meta.title.trim() === '') problems.push(problem('article-title-missing'));
  if (meta.sourceUrl.trim() !== '' && !isWebUrl(meta.sourceUrl.trim())) {
    problems.push(problem('article-source-url'));
  }
  if (meta.publishedAt !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(meta.publishedAt)) {
    problems.push(problem('article-date'));
  }
  return problems;
}

/** Only the metadata fields of an object (an article, a summary), trimmed, ready to store. */
export function cleanArticleMeta(meta: ArticleMeta): ArticleMeta {
  return {
    language: meta.language,
    publishedAt: meta.publishedAt,
    title: meta.title.trim(),
    sourceUrl: meta.sourceUrl.trim(),
    publisher: meta.publisher.trim(),
    author: meta.author.trim(),
  };
}

const FRENCH_WORDS =
  /\b(le|la|les|des|une|est|et|que|qui|pour|dans|avec|pas|sur|aux|du|au|ce|cette|été)\b/giu;
const ENGLISH_WORDS =
  /\b(the|and|is|are|was|that|which|for|with|not|this|from|have|has|of|to)\b/giu;

/** A guess of the language of a text (French or English), for the form's default. */
export function guessLanguage(text: string): ArticleLanguage {
  const sample = text.slice(0, 5000);
  const french = sample.match(FRENCH_WORDS)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  if (french + english < 3) return 'other';
  return french >= english ? 'fr' : 'en';
}
