import type { MergePlan, Snapshot } from '../domain/merge';
import type { W3CImported } from '../domain/w3c-annotation';
import { i18n, msg } from './i18n';

/** What the page sends the import worker: the file's bytes and the local data. */
export interface ImportRequest {
  bytes: ArrayBuffer;
  local: Snapshot;
  now: string;
}

/** The stages of the worker's check, in order. */
export type ImportStage = 'checking' | 'comparing';

/** What each stage is called on screen (translated when reported). */
const STAGE_LABELS: Record<ImportStage, string> = {
  checking: msg('Checking the file…'),
  comparing: msg('Comparing with your library…'),
};

/** What the import worker answers: progress, a refusal with reasons, or what to preview. */
export type ImportResponse =
  | { kind: 'progress'; stage: ImportStage }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'bundle'; plan: MergePlan; exportedBy: string }
  | { kind: 'w3c'; annotations: W3CImported[]; problems: string[] };

/** Runs the import worker on a file's bytes; `onProgress` hears each stage, in the UI language. */
export function checkImportFile(
  request: ImportRequest,
  onProgress: (stage: string) => void,
): Promise<Exclude<ImportResponse, { kind: 'progress' }>> {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      if (event.data.kind === 'progress') return onProgress(i18n.t(STAGE_LABELS[event.data.stage]));
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      const problem = i18n.t('The file could not be checked: {{detail}}', {
        detail: event.message,
      });
      resolve({ kind: 'invalid', problems: [problem] });
    };
    worker.postMessage(request, [request.bytes]);
  });
}
