/// <reference lib="webworker" />
import { buildExportFile } from './export-build';
import type { ExportRequest, ExportResponse } from './exporter.protocol';
import { serializeError, serve, type Handler } from './worker-channel';

/**
 * Builds an export off the main thread: reading a library of 100,000 claims and writing its file
 * hold a thread for seconds, and the page must stay responsive meanwhile.
 */
export const exportLibrary: Handler<ExportRequest, ExportResponse> = (answer) => (request) => {
  buildExportFile(
    request.format,
    request.articleId,
    new Date(request.now),
    (stage) => answer({ kind: 'progress', stage }),
    request.options,
  ).then(
    (file) =>
      answer({
        kind: 'done',
        name: file.name,
        blob: new Blob(file.parts as BlobPart[], { type: file.type }),
        omitted: file.omitted,
      }),
    (error: unknown) => answer({ kind: 'failed', error: serializeError(error) }),
  );
};

serve(exportLibrary);
