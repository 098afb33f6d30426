import { locateAnchors } from '../../domain/anchoring/anchor';
import { factCheckUrl } from '../../domain/claims/fact-check-url';
import { toClaimReviews } from '../../domain/exchange/claim-review';
import { toCsv, type CsvSeparator } from '../../domain/exchange/csv';
import { claimsForExport, isOrphan, type OrphanChoice } from '../../domain/exchange/export-claims';
import { exportFileName } from '../../domain/exchange/file-name';
import { toSafeJson } from '../../domain/exchange/safe-json';
import { toW3CCollection } from '../../domain/exchange/w3c-write';
import { VerdictError } from '../../domain/problem';
import type { Article } from '../../domain/types';
import { readBackup } from '../../db/backup';
import { readSnapshot } from '../../db/exchange';
import { getRatingScale } from '../../db/rating-settings';
import { getPublishingSettings, getReviewerSettings } from '../../db/settings';
import { i18n, msg } from '../i18n/i18n';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';
import { tableLabels } from './table-labels';

/** A file ready to download. */
export interface ExportFile {
  name: string;
  type: string;
  content: string | Uint8Array;
  /** Claims not found in the text that the export left out, as asked. */
  omitted: number;
}

/** What the person exporting chose (ExportDialog). */
export interface ExportChoices {
  orphans: OrphanChoice;
  includeInReview: boolean;
  separator: CsvSeparator;
}

/** The choices of an export nobody was asked about: orphans marked, approved claims, `,`. */
export const DEFAULT_CHOICES: ExportChoices = {
  orphans: 'mark',
  includeInReview: false,
  separator: ',',
};

/** What an export is about to write, for the dialog to say before it downloads. */
export interface ExportPreview {
  claims: number;
  /** Claims whose words are not in the text (deleted in an edit, or not found now). */
  orphans: number;
  approved: number;
  inReview: number;
  /** The fact-check URL template ('' when Settings have none). */
  template: string;
}

/** Counts what an export of one article (or the library, for null) would hold. */
export async function previewExport(articleId: string | null): Promise<ExportPreview> {
  const data = await readSnapshot(articleId ?? undefined);
  const { claims } = claimsForExport(data.articles, data.claims, {
    now: new Date().toISOString(),
    locate: locateAnchors,
    orphans: 'mark',
  });
  const found = claims.filter((claim) => !isOrphan(claim));
  return {
    claims: claims.length,
    orphans: claims.length - found.length,
    approved: found.filter((claim) => claim.reviewState === 'approved').length,
    inReview: found.filter((claim) => claim.reviewState === 'in-review').length,
    template: (await getPublishingSettings()).factCheckUrlTemplate,
  };
}

/** Builds one export of one article (`articleId`) or of the whole library (`null`). */
export async function buildExport(
  format: ExportFormat,
  articleId: string | null,
  choices: ExportChoices = DEFAULT_CHOICES,
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
      omitted: 0,
    };
  }
  const data = await readSnapshot(articleId ?? undefined);
  const { articles } = data;
  // ClaimReview never holds claims whose words are not in the text.
  const orphans = format === 'claimreview' ? 'omit' : choices.orphans;
  const { claims, omitted } = claimsForExport(articles, data.claims, {
    now: now.toISOString(),
    locate: locateAnchors,
    orphans,
  });
  const title = articleId === null ? null : (articles[0]?.title ?? 'article');
  const name = fileName(articles);
  const scale = await getRatingScale();
  const t = i18n.t.bind(i18n);
  const file = (type: string, content: string | Uint8Array) => ({
    name,
    type,
    content,
    omitted: format === 'claimreview' ? 0 : omitted,
  });
  switch (format) {
    case 'w3c': {
      const collection = toW3CCollection(articles, claims, {
        id: `urn:uuid:${crypto.randomUUID()}`,
        label: title ?? 'Verdict library',
      });
      return file('application/ld+json', toSafeJson(collection));
    }
    case 'claimreview': {
      const template = (await getPublishingSettings()).factCheckUrlTemplate;
      if (template === '') throw new VerdictError('fact-check-url-missing');
      const settings = await getReviewerSettings();
      const reviews = articles.flatMap((article) =>
        toClaimReviews(article, claims, settings, {
          url: (claim) => factCheckUrl(template, article, claim),
          scale,
          includeInReview: choices.includeInReview,
        }),
      );
      return file('application/ld+json', toSafeJson(reviews));
    }
    case 'csv': {
      const labels = tableLabels(t);
      const csv = toCsv(articles, claims, { separator: choices.separator, labels, scale });
      return file('text/csv;charset=utf-8', csv);
    }
    case 'xlsx': {
      // exceljs is large: it loads with the first spreadsheet export, in a chunk of its own.
      const { toXlsx } = await import('../../domain/exchange/xlsx');
      const bytes = await toXlsx(articles, claims, {
        labels: tableLabels(t),
        scale,
        sheetName: t(msg('Claims')),
        sourceHeader: (n) => t(msg('Source {{n}}'), { n }),
      });
      return file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes);
    }
  }
}

/** Hands a file to the browser's download. */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content as BlobPart], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
