import type { ExportKind } from '../domain/exchange/file-name';
import type { ExportOptions, ExportStage } from './export-build';
import type { SerializedError } from './worker-channel';

/** What the page asks the exporter: one file of an article, or of the library (null). */
export interface ExportRequest {
  format: ExportKind;
  articleId: string | null;
  /** The export's time (ISO 8601), in the file and its name. */
  now: string;
  /** The choices made and the words of the file, translated on the page. */
  options: ExportOptions;
}

/** What the exporter answers: each stage, then the file as a Blob (no copy of its text). */
export type ExportResponse =
  | { kind: 'progress'; stage: ExportStage }
  | { kind: 'done'; name: string; blob: Blob; omitted: number }
  | { kind: 'failed'; error: SerializedError };
