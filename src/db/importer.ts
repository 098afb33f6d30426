import type { RatingMapping, UnknownRating } from '../domain/exchange/rating-mapping';
import type { W3CImported } from '../domain/exchange/w3c-read-annotation';
import type { Resolution } from '../domain/merge/plan';
import type { MergeSummary, ReadRows, RowsPage } from '../domain/merge/summary';
import { VerdictError } from '../domain/problem';
import { importFile } from './importer.worker';
import { publishArticlesWritten } from './team-sync-start';
import type { ImportRequest, ImportResponse, ImportStage } from './importer.protocol';
import { deserializeError, openChannel, serializeError, type Channel } from './worker-channel';

/** The outcome of checking a file: for a bundle, with the means to apply or drop its plan. */
export type ImportCheck =
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'w3c'; annotations: W3CImported[]; problems: string[] }
  | {
      kind: 'bundle';
      summary: MergeSummary;
      problems: string[];
      exportedBy: string;
      /** The ratings the file's claims carry that this library's scale lacks. */
      unknownRatings: UnknownRating[];
      /** Reads more rows of a group of the summary (it holds the first ones) from the plan. */
      readRows: ReadRows;
      /**
       * Writes the plan, settled as chosen and with unknown ratings mapped, in one transaction;
       * rejects with the reason.
       */
      apply: (resolution?: Partial<Resolution>, ratings?: RatingMapping) => Promise<void>;
      /** Lets the importer go without applying anything. */
      discard: () => void;
    }
  /** The check itself could not run (the worker stopped, the library could not be read). */
  | { kind: 'failed'; error: Error };

/** One importer: its channel, and where its answers and failure go for now. */
interface Importer {
  channel: Channel<ImportRequest>;
  listen(answer: (response: ImportResponse) => void): void;
  /** Reads rows of the plan it holds; the answers come apart from those `listen` hears. */
  readRows: ReadRows;
  /** Lets the worker go: reads of rows not answered yet are dropped, later ones refused. */
  close(): void;
  /** Set once its worker failed (an importer started ahead of use may fail unheard). */
  failure: Error | null;
}

type Waiting = Map<number, { resolve(page: RowsPage): void; reject(error: Error): void }>;

function startImporter(): Importer {
  let listener: (response: ImportResponse) => void = () => undefined;
  const waiting: Waiting = new Map();
  let serial = 0;
  let closed = false;
  /** Settles the read of rows a response answers; false when it answers no such read. */
  const settleRead = (response: ImportResponse) => {
    const read =
      response.kind === 'rows' || response.kind === 'failed' ? response.serial : undefined;
    if (read === undefined) return false;
    const pending = waiting.get(read);
    waiting.delete(read);
    if (response.kind === 'rows')
      pending?.resolve({ rows: response.rows, titles: response.titles });
    else if (response.kind === 'failed') pending?.reject(deserializeError(response.error));
    return true;
  };
  const importer: Importer = {
    failure: null,
    listen: (answer) => {
      listener = answer;
      if (importer.failure) answer(failedWith(importer.failure));
    },
    readRows: (group, from, to) =>
      new Promise((resolve, reject) => {
        if (importer.failure) return reject(importer.failure);
        if (closed) return reject(new VerdictError('nothing-to-import'));
        const id = ++serial;
        waiting.set(id, { resolve, reject });
        importer.channel.send({ kind: 'rows', serial: id, group, from, to });
      }),
    close: () => {
      closed = true;
      waiting.clear();
      importer.channel.close();
    },
    channel: openChannel<ImportRequest, ImportResponse>(
      () => new Worker(new URL('./importer.worker.ts', import.meta.url), { type: 'module' }),
      importFile,
      {
        answer: (response) => settleRead(response) || listener(response),
        fail: (error) => {
          importer.failure = error;
          for (const pending of waiting.values()) pending.reject(error);
          waiting.clear();
          listener(failedWith(error));
        },
      },
    ),
  };
  return importer;
}

const failedWith = (error: Error): ImportResponse => ({
  kind: 'failed',
  error: serializeError(error),
});

/** An importer started before its file is chosen, so that checking does not wait for it. */
let spare: Importer | null = null;

/** Starts an importer ahead of use (when the import dialog opens). */
export function warmImporter(): void {
  spare ??= startImporter();
}

/** Lets the importer started ahead of use go (the import dialog closed without a file). */
export function releaseImporter(): void {
  spare?.close();
  spare = null;
}

/**
 * Checks an import file with the importer, in a worker where there is one, so that neither
 * parsing nor comparing a large file nor writing it freezes the page; `onProgress` hears each
 * stage.
 */
export function checkImportFile(
  bytes: ArrayBuffer,
  onProgress: (stage: ImportStage) => void,
): Promise<ImportCheck> {
  const reuse = spare && !spare.failure ? spare : null;
  if (!reuse) releaseImporter();
  const importer = reuse ?? startImporter();
  spare = null;
  const next = () =>
    new Promise<ImportResponse>((resolve) =>
      importer.listen((response) =>
        response.kind === 'progress' ? onProgress(response.stage) : resolve(response),
      ),
    );
  const checked = next();
  importer.channel.send({ kind: 'check', bytes, now: new Date().toISOString() }, [bytes]);
  return checked.then((response): ImportCheck => {
    if (response.kind === 'bundle') {
      return {
        ...response,
        readRows: importer.readRows,
        apply: async (resolution, ratings) => {
          const applied = next();
          importer.channel.send({ kind: 'apply', resolution, ratings });
          const outcome = await applied;
          importer.close();
          if (outcome.kind === 'failed') throw deserializeError(outcome.error);
          // The worker's writes reach IndexedDB past this page's Dexie hooks.
          if (outcome.kind === 'applied') publishArticlesWritten(outcome.articleIds);
        },
        discard: importer.close,
      };
    }
    importer.close();
    if (response.kind === 'failed')
      return { kind: 'failed', error: deserializeError(response.error) };
    if (response.kind === 'w3c' || response.kind === 'invalid') return response;
    return { kind: 'failed', error: new Error(`unexpected answer: ${response.kind}`) };
  });
}
