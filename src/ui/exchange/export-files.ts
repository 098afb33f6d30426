import { toClaimReviews } from '../../domain/exchange/claim-review';
import { toCsv } from '../../domain/exchange/csv';
import { exportFileName } from '../../domain/exchange/file-name';
import { toSafeJson } from '../../domain/exchange/safe-json';
import { toW3CCollection } from '../../domain/exchange/w3c-write';
import type { Article } from '../../domain/types';
import { readBackup } from '../../db/backup';
import { readSnapshot } from '../../db/exchange';
import { getReviewerSettings } from '../../db/settings';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';

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
export async function buildExport(
  format: ExportFormat,
  articleId: string | null,
): Promise<ExportFile> {
  const now = new Date();
  const ending = EXPORT_FORMATS.find((f) => f.id === format)!.ending;
  const fileName = (articles: Article[]) =>
    exportFileName(articleId === null ? null : (articles[0]?.title ?? 'article'), now, ending);
  if (format === 'bundle') {
    // The same code as every backup (src/db/backup.ts), which the round-trip test runs.
    const bundle = await readBackup(articleId, now);
    return {
      name: fileName(bundle.articles),
      type: 'application/json',
      content: toSafeJson(bundle),
    };
  }
  const data = await readSnapshot(articleId ?? undefined);
  const settings = await getReviewerSettings();
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

/** Hands a file to the browser's download. */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
