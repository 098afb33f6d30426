import type { RatingMapping, UnknownRating } from '../domain/exchange/rating-mapping';
import type { W3CImported } from '../domain/exchange/w3c-read-annotation';
import type { Resolution } from '../domain/merge/plan';
import type { RowGroup } from '../domain/merge/preview';
import type { MergeSummary, RowsPage } from '../domain/merge/summary';
import type { SerializedError } from './worker-channel';

/**
 * What the page asks the importer: check a file against the library (the importer reads the
 * library itself), read more rows of a group of the preview (`serial` pairs the answer with
 * its question), then, once the preview is accepted, apply what it planned, settled as the user
 * chose (conflicts, places accepted) and with the file's unknown ratings mapped onto ours.
 */
export type ImportRequest =
  | { kind: 'check'; bytes: ArrayBuffer; now: string }
  | { kind: 'rows'; serial: number; group: RowGroup; from: number; to: number }
  | { kind: 'apply'; resolution?: Partial<Resolution>; ratings?: RatingMapping };

/** The stages of the importer's check, in order. */
export type ImportStage = 'checking' | 'comparing';

/**
 * What the importer answers: progress, a refusal with reasons (the file's technical problems,
 * in English for its author), what to preview (a bundle's plan stays with the importer; its
 * counts and the first rows of each group come here), rows asked for, then whether applying it
 * worked. A failure with a `serial` answers that read of rows only.
 */
export type ImportResponse =
  | { kind: 'progress'; stage: ImportStage }
  | { kind: 'invalid'; problems: string[] }
  | {
      kind: 'bundle';
      summary: MergeSummary;
      problems: string[];
      exportedBy: string;
      /** The ratings the file's claims carry that this library's scale lacks. */
      unknownRatings: UnknownRating[];
    }
  | { kind: 'w3c'; annotations: W3CImported[]; problems: string[] }
  | ({ kind: 'rows'; serial: number } & RowsPage)
  /** Applied: the articles the import wrote to (for team sync to publish them). */
  | { kind: 'applied'; articleIds: string[] }
  | { kind: 'failed'; error: SerializedError; serial?: number };
