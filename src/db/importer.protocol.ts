import type { W3CImported } from '../domain/exchange/w3c-read-annotation';
import type { Resolution } from '../domain/merge/plan';
import type { MergeSummary } from '../domain/merge/summary';
import type { SerializedError } from './worker-channel';

/**
 * What the page asks the importer: check a file against the library (the importer reads the
 * library itself), then, once the preview is accepted, apply what it planned, settled as the user
 * chose (conflicts, places accepted).
 */
export type ImportRequest =
  | { kind: 'check'; bytes: ArrayBuffer; now: string }
  | { kind: 'apply'; resolution?: Partial<Resolution> };

/** The stages of the importer's check, in order. */
export type ImportStage = 'checking' | 'comparing';

/**
 * What the importer answers: progress, a refusal with reasons (the file's technical problems,
 * in English for its author), what to preview (a bundle's plan stays with the importer; its
 * counts come here), then whether applying it worked.
 */
export type ImportResponse =
  | { kind: 'progress'; stage: ImportStage }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'bundle'; summary: MergeSummary; problems: string[]; exportedBy: string }
  | { kind: 'w3c'; annotations: W3CImported[]; problems: string[] }
  | { kind: 'applied' }
  | { kind: 'failed'; error: SerializedError };
