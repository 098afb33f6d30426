import { sha256Hex } from '../text/hash';
import type { Article, Claim, Tombstone } from '../types';
import type { RatingScale } from '../claims/ratings';

/** The `format` value that marks a Verdict bundle. */
export const BUNDLE_FORMAT = 'verdict-bundle';

/** The bundle version this release writes and reads. */
export const BUNDLE_VERSION = 1;

/** An article as exported: with the SHA-256 (hex) of its text, so an import can check it. */
export interface BundleArticle extends Article {
  textHash: string;
}

/** The native, lossless export: articles with their text, their claims and tombstones. */
export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: string;
  exportedBy: string;
  articles: BundleArticle[];
  claims: Claim[];
  tombstones: Tombstone[];
  /** The organisation's rating scale its claims' ratings name (absent: the three verdicts). */
  ratingScale?: RatingScale;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Article order in exports: oldest first, ties by id, so that two exports diff cleanly. */
export function compareArticles(a: Article, b: Article): number {
  return byString(a.createdAt, b.createdAt) || byString(a.id, b.id);
}

/** Claim order in exports: by article, then reading order, ties by id. */
export function compareClaims(a: Claim, b: Claim): number {
  return (
    byString(a.articleId, b.articleId) || a.anchor.start - b.anchor.start || byString(a.id, b.id)
  );
}

/** Tombstone order in exports: by article, then id. */
export function compareTombstones(a: Tombstone, b: Tombstone): number {
  return byString(a.articleId, b.articleId) || byString(a.id, b.id);
}

/** An article without the export-only hash (what the database stores). */
export function withoutTextHash(article: Article & { textHash?: string }): Article {
  const stored = { ...article };
  delete stored.textHash;
  return stored;
}

/** Builds the bundle of some articles, claims and tombstones, in a deterministic order. */
export async function buildBundle(input: {
  articles: Article[];
  claims: Claim[];
  tombstones: Tombstone[];
  exportedBy: string;
  now: string;
  ratingScale?: RatingScale;
}): Promise<Bundle> {
  const articles = await Promise.all(
    [...input.articles].sort(compareArticles).map(async (article) => ({
      ...withoutTextHash(article),
      textHash: await sha256Hex(article.text),
    })),
  );
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: input.now,
    exportedBy: input.exportedBy,
    articles,
    claims: [...input.claims].sort(compareClaims),
    tombstones: [...input.tombstones].sort(compareTombstones),
    ...(input.ratingScale ? { ratingScale: input.ratingScale } : {}),
  };
}

/**
 * Articles whose text does not match its `textHash` (a file edited by hand or damaged), as
 * problems; async because Web Crypto is, which is why `parseImportText` cannot do it itself.
 */
export async function textHashProblems(bundle: Bundle): Promise<string[]> {
  const problems: string[] = [];
  for (const [index, article] of bundle.articles.entries()) {
    if ((await sha256Hex(article.text)) !== article.textHash) {
      problems.push(
        `articles[${index}].textHash: does not match the article's text (edited or damaged file)`,
      );
    }
  }
  return problems;
}
