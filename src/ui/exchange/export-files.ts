import { locateAnchors } from '../../domain/anchoring/anchor';
import type { CsvSeparator } from '../../domain/exchange/csv';
import { claimsForExport, isOrphan, type OrphanChoice } from '../../domain/exchange/export-claims';
import type { ExportStage } from '../../db/export-build';
import { readSnapshot } from '../../db/exchange';
import { exportFile, type ExportedFile } from '../../db/exporter';
import { getPublishingSettings } from '../../db/settings';
import { i18n, msg } from '../i18n/i18n';
import type { ExportFormat } from './export-formats';
import { tableLabels } from './table-labels';

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

/**
 * Builds one export of one article (`articleId`) or of the whole library (`null`) with the
 * choices made, in the exporter worker; the words of table exports are translated here, on the
 * page, and handed to the worker with the choices.
 */
export function buildExport(
  format: ExportFormat,
  articleId: string | null,
  choices: ExportChoices = DEFAULT_CHOICES,
  onStage: (stage: ExportStage) => void = () => undefined,
): Promise<ExportedFile> {
  const t = i18n.t.bind(i18n);
  const table = format === 'csv' || format === 'xlsx';
  return exportFile(format, articleId, onStage, {
    ...choices,
    ...(table && { labels: tableLabels(t) }),
    ...(format === 'xlsx' && {
      sheetName: t(msg('Claims')),
      sourceHeader: t(msg('Source {{n}}'), { n: '{{n}}', interpolation: { escapeValue: false } }),
    }),
  });
}

/** Hands a file to the browser's download. */
export function downloadFile(file: Pick<ExportedFile, 'name' | 'blob'>): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
