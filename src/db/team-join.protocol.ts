import type { Resolution, Snapshot } from '../domain/merge/plan';
import type { MergeSummary } from '../domain/merge/summary';
import type { SettingRow } from './database';
import type { SerializedError } from './worker-channel';

/** What joining (or uploading later) will do, as the preview shows it. */
export interface JoinSummary {
  summary: MergeSummary;
  /** Articles of the team that arrive here (none of this library's pairs with them). */
  arriving: number;
  /** Articles of this library the team does not hold (kept here only without upload). */
  newToTeam: number;
  /** Records left out because the stored-data rule refuses them. */
  problems: string[];
}

/**
 * What the page asks the team-join worker: plan joining (with the team's records as read from
 * its server) or uploading later (with the ids of the articles the team deleted), then, once
 * the preview is accepted, plan again as settled and store it, with these settings rows and,
 * for a join, the team's documents as this browser's stored copies first.
 */
export type TeamJoinRequest =
  | { kind: 'plan-join'; team: Snapshot; now: string }
  | { kind: 'plan-upload'; deleted: string[]; now: string }
  | {
      kind: 'apply';
      resolution: Partial<Resolution>;
      upload: boolean;
      settings: SettingRow[];
      states?: Map<string, Uint8Array>;
    };

/** What the team-join worker answers. */
export type TeamJoinResponse =
  | { kind: 'planned'; summary: JoinSummary }
  | { kind: 'applied' }
  | { kind: 'failed'; error: SerializedError };
