import { locateAnchors } from '../domain/anchoring/anchor';
import { factCheckUrl } from '../domain/claims/fact-check-url';
import { toClaimReviews } from '../domain/exchange/claim-review';
import type { ClaimTableLabels } from '../domain/exchange/claim-table';
import { toCsv, type CsvSeparator } from '../domain/exchange/csv';
import { claimsForExport, type OrphanChoice } from '../domain/exchange/export-claims';
import { EXPORT_ENDINGS, exportFileName, type ExportKind } from '../domain/exchange/file-name';
import { toSafeJson } from '../domain/exchange/safe-json';
import { toW3CCollection } from '../domain/exchange/w3c-write';
import { VerdictError } from '../domain/problem';
import { readBackupText } from './backup';
import { db } from './database';
import { readSnapshot } from './exchange';
import { getRatingScale } from './rating-settings';
import { getPublishingSettings, getReviewerSettings } from './settings';

/** The stages of an export: reading what is stored, then writing the file. */
export type ExportStage = 'reading' | 'writing';

/** A file ready to download. */
export interface ExportFile {
  name: string;
  type: string;
  /** The file's content, in parts to hand to a Blob as they are. */
  parts: (string | Uint8Array)[];
  /** Claims not found in the text that the export left out, as asked. */
  omitted: number;
}

/**
 * How an export is written: the choices of the person exporting (ExportDialog) and the words of
 * the table exports in the UI language, translated on the page (a worker has no i18n). Plain
 * data, so that it can be posted to the exporter worker.
 */
export interface ExportOptions {
  /** Claims not found in the text: marked "not found" (no position), or left out. */
  orphans: OrphanChoice;
  /** ClaimReview: claims in review too, not only approved ones. */
  includeInReview: boolean;
  /** CSV: the separator. */
  separator: CsvSeparator;
  /** CSV and spreadsheet: headers and values (column ids and stored values when absent). */
  labels?: ClaimTableLabels;
  /** Spreadsheet: the sheet's name. */
  sheetName?: string;
  /** Spreadsheet: the header of source columns, with `{{n}}` for the number ("Source {{n}}"). */
  sourceHeader?: string;
}

/** The choices of an export nobody was asked about: orphans marked, approved claims, `,`. */
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  orphans: 'mark',
  includeInReview: false,
  separator: ',',
};

/**
 * Builds one export of one article (`articleId`) or of the whole library (`null`), with the
 * stored rating scale and fact-check URL template.
 */
export async function buildExportFile(
  format: ExportKind,
  articleId: string | null,
  now: Date,
  onStage: (stage: ExportStage) => void = () => undefined,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): Promise<ExportFile> {
  // The file is named after its article, or after the library when it holds them all.
  const fileName = (title: string | undefined) =>
    exportFileName(articleId === null ? null : (title ?? 'article'), now, EXPORT_ENDINGS[format]);
  onStage('reading');
  if (format === 'bundle') {
    // The same code as every backup (src/db/backup.ts), which the round-trip test runs.
    const parts = await readBackupText(articleId, now);
    onStage('writing');
    const article = articleId === null ? undefined : await db.articles.get(articleId);
    return {
      name: fileName(article?.title),
      type: 'application/json',
      parts,
      omitted: 0,
    };
  }
  const data = await readSnapshot(articleId ?? undefined);
  const scale = await getRatingScale();
  const template = (await getPublishingSettings()).factCheckUrlTemplate;
  const settings = await getReviewerSettings();
  onStage('writing');
  const { articles } = data;
  // ClaimReview never holds claims whose words are not in the text.
  const orphans = format === 'claimreview' ? 'omit' : options.orphans;
  const { claims, omitted } = claimsForExport(articles, data.claims, {
    now: now.toISOString(),
    locate: locateAnchors,
    orphans,
  });
  const title = articleId === null ? null : (articles[0]?.title ?? 'article');
  const name = fileName(articles[0]?.title);
  const file = (type: string, content: string | Uint8Array): ExportFile => ({
    name,
    type,
    parts: [content],
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
      if (template === '') throw new VerdictError('fact-check-url-missing');
      const reviews = articles.flatMap((article) =>
        toClaimReviews(article, claims, settings, {
          url: (claim) => factCheckUrl(template, article, claim),
          scale,
          includeInReview: options.includeInReview,
        }),
      );
      return file('application/ld+json', toSafeJson(reviews));
    }
    case 'csv': {
      const csv = toCsv(articles, claims, {
        separator: options.separator,
        labels: options.labels,
        scale,
      });
      return file('text/csv;charset=utf-8', csv);
    }
    case 'xlsx': {
      // exceljs is large: it loads with the first spreadsheet export, in a chunk of its own.
      const { toXlsx } = await import('../domain/exchange/xlsx');
      const { sourceHeader } = options;
      const bytes = await toXlsx(articles, claims, {
        labels: options.labels,
        scale,
        sheetName: options.sheetName,
        sourceHeader: sourceHeader ? (n) => sourceHeader.replaceAll('{{n}}', String(n)) : undefined,
      });
      return file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes);
    }
  }
}
