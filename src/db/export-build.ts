import { toClaimReviews } from '../domain/exchange/claim-review';
import { toCsv } from '../domain/exchange/csv';
import { EXPORT_ENDINGS, exportFileName, type ExportKind } from '../domain/exchange/file-name';
import { toSafeJson } from '../domain/exchange/safe-json';
import { toW3CCollection } from '../domain/exchange/w3c-write';
import type { Article } from '../domain/types';
import { readBackup } from './backup';
import { readSnapshot } from './exchange';
import { getReviewerSettings } from './settings';

/** The stages of an export: reading what is stored, then writing the file. */
export type ExportStage = 'reading' | 'writing';

/** A file ready to download. */
export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

function claimReviewUrl(article: Article, organisationUrl: string) {
  const base = organisationUrl || article.sourceUrl || `urn:uuid:${article.id}`;
  return (claim: { id: string }) => `${base}#claim-${claim.id}`;
}

/** Builds one export of one article (`articleId`) or of the whole library (`null`). */
export async function buildExportFile(
  format: ExportKind,
  articleId: string | null,
  now: Date,
  onStage: (stage: ExportStage) => void = () => undefined,
): Promise<ExportFile> {
  const fileName = (articles: Article[]) =>
    exportFileName(
      articleId === null ? null : (articles[0]?.title ?? 'article'),
      now,
      EXPORT_ENDINGS[format],
    );
  onStage('reading');
  if (format === 'bundle') {
    // The same code as every backup (src/db/backup.ts), which the round-trip test runs.
    const bundle = await readBackup(articleId, now);
    onStage('writing');
    return {
      name: fileName(bundle.articles),
      type: 'application/json',
      content: toSafeJson(bundle),
    };
  }
  const data = await readSnapshot(articleId ?? undefined);
  const settings = await getReviewerSettings();
  onStage('writing');
  const title = articleId === null ? null : (data.articles[0]?.title ?? 'article');
  const name = fileName(data.articles);
  switch (format) {
    case 'w3c': {
      const collection = toW3CCollection(data.articles, data.claims, {
        id: `urn:uuid:${crypto.randomUUID()}`,
        label: title ?? 'Verdict library',
      });
      return { name, type: 'application/ld+json', content: toSafeJson(collection) };
    }
    case 'claimreview': {
      const reviews = data.articles.flatMap((article) =>
        toClaimReviews(article, data.claims, settings, {
          url: claimReviewUrl(article, settings.organisationUrl),
        }),
      );
      return { name, type: 'application/ld+json', content: toSafeJson(reviews) };
    }
    case 'csv':
      return { name, type: 'text/csv;charset=utf-8', content: toCsv(data.articles, data.claims) };
  }
}
