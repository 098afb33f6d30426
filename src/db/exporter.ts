import type { ExportKind } from '../domain/exchange/file-name';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions, type ExportStage } from './export-build';
import { exportLibrary } from './exporter.worker';
import type { ExportRequest, ExportResponse } from './exporter.protocol';
import { deserializeError, openChannel } from './worker-channel';

/** An exported file, ready to download. */
export interface ExportedFile {
  name: string;
  blob: Blob;
  /** Claims not found in the text that the export left out, as asked. */
  omitted: number;
}

/**
 * Builds an export of an article (or of the library, for null) in the exporter worker, so that
 * the page stays responsive; `onStage` hears each stage, `options` carry the choices made.
 */
export function exportFile(
  format: ExportKind,
  articleId: string | null,
  onStage: (stage: ExportStage) => void,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): Promise<ExportedFile> {
  return new Promise((resolve, reject) => {
    const channel = openChannel<ExportRequest, ExportResponse>(
      () => new Worker(new URL('./exporter.worker.ts', import.meta.url), { type: 'module' }),
      exportLibrary,
      {
        answer: (response) => {
          if (response.kind === 'progress') return onStage(response.stage);
          channel.close();
          if (response.kind === 'done') {
            resolve({ name: response.name, blob: response.blob, omitted: response.omitted });
          } else reject(deserializeError(response.error));
        },
        fail: reject,
      },
    );
    channel.send({ format, articleId, now: new Date().toISOString(), options });
  });
}
