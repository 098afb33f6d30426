import type { MergePlan, Snapshot } from '../domain/merge';
import type { W3CImported } from '../domain/w3c-annotation';

/** What the page sends the import worker: the file's bytes and the local data. */
export interface ImportRequest {
  bytes: ArrayBuffer;
  local: Snapshot;
  now: string;
}

/** What the import worker answers: progress, a refusal with reasons, or what to preview. */
export type ImportResponse =
  | { kind: 'progress'; stage: string }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'bundle'; plan: MergePlan; exportedBy: string }
  | { kind: 'w3c'; annotations: W3CImported[]; problems: string[] };

/** Runs the import worker on a file's bytes; `onProgress` hears each stage. */
export function checkImportFile(
  request: ImportRequest,
  onProgress: (stage: string) => void,
): Promise<Exclude<ImportResponse, { kind: 'progress' }>> {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      if (event.data.kind === 'progress') return onProgress(event.data.stage);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ kind: 'invalid', problems: [`The file could not be checked: ${event.message}`] });
    };
    worker.postMessage(request, [request.bytes]);
  });
}
