import type { ExportStage } from '../../db/export-build';
import { exportFile, type ExportedFile } from '../../db/exporter';
import type { ExportFormat } from './export-formats';

/**
 * Builds one export of one article (`articleId`) or of the whole library (`null`), in the
 * exporter worker.
 */
export function buildExport(
  format: ExportFormat,
  articleId: string | null,
  onStage: (stage: ExportStage) => void = () => undefined,
): Promise<ExportedFile> {
  return exportFile(format, articleId, onStage);
}

/** Hands a file to the browser's download. */
export function downloadFile(file: ExportedFile): void {
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
