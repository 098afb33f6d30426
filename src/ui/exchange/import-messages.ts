import type { MergeSummary } from '../../domain/merge/summary';
import type { W3CImported } from '../../domain/exchange/w3c-read-annotation';
import { i18n, msg } from '../i18n/i18n';

/**
 * What the page asks the import worker: check a file against the library (the worker reads
 * the library itself), then, once the preview is accepted, apply what it planned.
 */
export type ImportRequest = { kind: 'check'; bytes: ArrayBuffer; now: string } | { kind: 'apply' };

/** The stages of the worker's check, in order. */
export type ImportStage = 'checking' | 'comparing';

/** What each stage is called on screen (translated when reported). */
const STAGE_LABELS: Record<ImportStage, string> = {
  checking: msg('Checking the file…'),
  comparing: msg('Comparing with your library…'),
};

/**
 * What the import worker answers: progress, a refusal with reasons, what to preview (a bundle's
 * plan stays in the worker; its counts come here), then whether applying it worked.
 */
export type ImportResponse =
  | { kind: 'progress'; stage: ImportStage }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'bundle'; summary: MergeSummary; problems: string[]; exportedBy: string }
  | { kind: 'w3c'; annotations: W3CImported[]; problems: string[] }
  | { kind: 'applied' }
  | { kind: 'failed'; message: string };

/** The outcome of checking a file: for a bundle, with the means to apply or drop its plan. */
export type ImportCheck =
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'w3c'; annotations: W3CImported[]; problems: string[] }
  | {
      kind: 'bundle';
      summary: MergeSummary;
      problems: string[];
      exportedBy: string;
      /** Writes the plan in one transaction, in the worker; rejects with the reason. */
      apply: () => Promise<void>;
      /** Lets the worker go without applying anything. */
      discard: () => void;
    };

const startWorker = () =>
  new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });

/** A worker started before its file is chosen, so that checking does not wait for it to load. */
let spare: Worker | null = null;
/** Whether that worker failed to start (a check then starts a fresh one, and hears why). */
let spareFailed = false;

/** Starts an import worker ahead of use (when the import dialog opens), where workers exist. */
export function warmImportWorker(): void {
  if (spare || typeof Worker === 'undefined') return;
  try {
    spare = startWorker();
    spareFailed = false;
    spare.onerror = (event) => {
      event.preventDefault();
      spareFailed = true;
    };
  } catch {
    spare = null;
  }
}

/** Lets the worker started ahead of use go (the import dialog closed without a file). */
export function releaseImportWorker(): void {
  spare?.terminate();
  spare = null;
}

/**
 * Checks an import file in a worker, so that neither parsing nor comparing a large file nor
 * writing it freezes the page; `onProgress` hears each stage, in the UI language.
 */
export function checkImportFile(
  bytes: ArrayBuffer,
  onProgress: (stage: string) => void,
): Promise<ImportCheck> {
  const reuse = spare && !spareFailed ? spare : null;
  if (!reuse) releaseImportWorker();
  const worker = reuse ?? startWorker();
  spare = null;
  let settle: ((response: ImportResponse) => void) | null = null;
  const next = () =>
    new Promise<ImportResponse>((resolve) => {
      settle = resolve;
    });
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    if (event.data.kind === 'progress') return onProgress(i18n.t(STAGE_LABELS[event.data.stage]));
    settle?.(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const detail = event.message || i18n.t('the worker stopped');
    settle?.({ kind: 'failed', message: detail });
  };
  const checked = next();
  worker.postMessage(
    { kind: 'check', bytes, now: new Date().toISOString() } satisfies ImportRequest,
    [bytes],
  );
  return checked.then((response): ImportCheck => {
    if (response.kind === 'bundle') {
      return {
        ...response,
        apply: async () => {
          const applied = next();
          worker.postMessage({ kind: 'apply' } satisfies ImportRequest);
          const outcome = await applied;
          worker.terminate();
          if (outcome.kind !== 'applied') {
            throw new Error(outcome.kind === 'failed' ? outcome.message : 'unexpected answer');
          }
        },
        discard: () => worker.terminate(),
      };
    }
    worker.terminate();
    if (response.kind === 'w3c' || response.kind === 'invalid') return response;
    const problem = i18n.t('The file could not be checked: {{detail}}', {
      detail: response.kind === 'failed' ? response.message : response.kind,
    });
    return { kind: 'invalid', problems: [problem] };
  });
}
