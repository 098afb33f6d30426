import Dexie, { type IndexableType } from 'dexie';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  compareArticles,
  compareClaims,
  compareTombstones,
  withoutTextHash,
  type BundleArticle,
} from '../domain/exchange/bundle';
import { bundleFileParts, recordLines, type RecordLines } from '../domain/exchange/bundle-text';
import { isDefaultScale } from '../domain/claims/rating-scale';
import { sha256Hex } from '../domain/text/hash';
import type { Article, Claim } from '../domain/types';
import { db } from './database';
import { getRatingScale } from './rating-settings';
import { getReviewerSettings } from './settings';

/** Articles whose claims are read, written and let go together in a library's backup. */
const ARTICLES_PER_READ = 40;

/**
 * The claims of the whole library in the bundle's order (by article id, then as compareClaims
 * orders them), written a few articles' worth at a time: the claim records of a library never
 * live all at once, only their text. The key ranges between the articles' sorted ids cover every
 * key, so a claim whose article is absent is written too.
 */
async function libraryClaimLines(articleIds: string[]): Promise<RecordLines> {
  const sorted = [...articleIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines: RecordLines = [];
  let lower: IndexableType = Dexie.minKey;
  for (let at = ARTICLES_PER_READ - 1; ; at += ARTICLES_PER_READ) {
    const last = at >= sorted.length - 1;
    const upper: IndexableType = last ? Dexie.maxKey : sorted[at]!;
    const claims = await db.claims
      .where('articleId')
      .between(lower, upper, lower === Dexie.minKey, true)
      .toArray();
    lines.push(...recordLines(claims.sort(compareClaims)));
    if (last) return lines;
    lower = upper;
  }
}

/**
 * The bundle file of the whole library (`articleId` null) or of one article, signed by this
 * browser's reviewer, as text parts (bundle-text.ts): what "Download a backup" and the bundle
 * export write. Everything is read in one transaction, so the file is the library at one moment.
 */
export async function readBackupText(articleId: string | null, now: Date): Promise<string[]> {
  const { reviewerName } = await getReviewerSettings();
  const scale = await getRatingScale();
  const read = await db.transaction('r', db.articles, db.claims, db.tombstones, async () => {
    if (articleId === null) {
      const articles = (await db.articles.toArray()) as Article[];
      const tombstones = await db.tombstones.toArray();
      const claims = await libraryClaimLines(articles.map((article) => article.id));
      return { articles, claims, tombstones };
    }
    const article = (await db.articles.get(articleId)) as Article | undefined;
    const claims: Claim[] = await db.claims.where('articleId').equals(articleId).toArray();
    return {
      articles: article ? [article] : [],
      claims: recordLines(claims.sort(compareClaims)),
      tombstones: await db.tombstones.where('articleId').equals(articleId).toArray(),
    };
  });
  const articles: BundleArticle[] = await Promise.all(
    read.articles.sort(compareArticles).map(async (article) => ({
      ...withoutTextHash(article),
      textHash: await sha256Hex(article.text),
    })),
  );
  return bundleFileParts(
    {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exportedAt: now.toISOString(),
      exportedBy: reviewerName,
      // The scale travels when it is not the default, so that the claims' ratings keep a meaning.
      ...(isDefaultScale(scale) ? {} : { ratingScale: scale }),
    },
    {
      articles: recordLines(articles),
      claims: read.claims,
      tombstones: recordLines(read.tombstones.sort(compareTombstones)),
    },
  );
}
