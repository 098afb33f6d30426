import type { ExportKind } from '../domain/exchange/file-name';
import type { ExportStage } from './export-build';
import type { SerializedError } from './worker-channel';

/** What the page asks the exporter: one file of an article, or of the library (null). */
export interface ExportRequest {
  format: ExportKind;
  articleId: string | null;
  /** The export's time (ISO 8601), in the file and its name. */
  now: string;
}

/** What the exporter answers: each stage, then the file as a Blob (no copy of its text). */
export type ExportResponse =
  | { kind: 'progress'; stage: ExportStage }
  | { kind: 'done'; name: string; blob: Blob }
  | { kind: 'failed'; error: SerializedError };
