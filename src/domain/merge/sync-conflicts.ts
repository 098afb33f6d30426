import type { ChangedField, Claim, ClaimChange } from '../types';
import { distinctEntries, isSyncMerge } from './sync-graph';

/**
 * The conflicts team sync settled by itself that no person has looked at yet: the card flags
 * them with every value, who set it and when, until someone takes a value not kept or keeps
 * the values as they are (docs/DECISIONS.md, "Sync conflicts").
 */

/** Why a person's entry settles a conflict: it names the join it settles. */
const SETTLES_PREFIX = 'settles ';

/** The reason of a person's choice in the conflict a join recorded. */
export const settlesReason = (rev: string): string => `${SETTLES_PREFIX}${rev}`;

/** The join a person's choice settled, from its reason (null for other reasons). */
export const settledJoin = (reason: string | undefined): string | null =>
  reason?.startsWith(SETTLES_PREFIX) ? reason.slice(SETTLES_PREFIX.length) : null;

/** One value of a field in a conflict, who set it and when. */
export interface ConflictValue {
  value: unknown;
  by: string;
  at: string;
}

/** A field two members changed apart to different values, still to be looked at. */
export interface OpenConflict {
  /** The revision of the join that settled it by itself. */
  join: string;
  field: ChangedField;
  kept: ConflictValue;
  /** The values not kept (one per other member). */
  lost: ConflictValue[];
}

/** The approval's details are shown and chosen with its review state. */
const WITH_STATE: ReadonlySet<ChangedField> = new Set(['approvedBy', 'approvedAt']);

/** Who set a field to a value, by the last entry before `end` that did; else the join's. */
function setter(log: readonly ClaimChange[], end: number, field: ChangedField, value: unknown) {
  const text = JSON.stringify(value);
  const entry =
    log
      .slice(0, end)
      .findLast((e) =>
        e.fields.some((f) => f.field === field && JSON.stringify(f.after) === text),
      ) ?? log[end]!;
  return { value, by: entry.by, at: entry.at };
}

/** Every conflict of the claim that no later change or choice has settled, oldest first. */
export function openConflicts(claim: Claim): OpenConflict[] {
  if (!claim.log.some(isSyncMerge)) return [];
  const log = distinctEntries(claim.log);
  const settled = new Set(log.map((entry) => settledJoin(entry.reason)).filter(Boolean));
  const conflicts: OpenConflict[] = [];
  log.forEach((entry, index) => {
    if (!isSyncMerge(entry) || settled.has(entry.rev)) return;
    const later = log.slice(index + 1);
    const fields = [...new Set(entry.fields.map((f) => f.field))].filter(
      (field) =>
        !later.some((e) => e.fields.some((f) => f.field === field)) &&
        !(WITH_STATE.has(field) && entry.fields.some((f) => f.field === 'reviewState')),
    );
    for (const field of fields) {
      const changes = entry.fields.filter((f) => f.field === field);
      conflicts.push({
        join: entry.rev,
        field,
        kept: setter(log, index, field, changes[0]!.after),
        lost: changes.map((f) => setter(log, index, field, f.before)),
      });
    }
  });
  return conflicts;
}

/**
 * The changes that take a value not kept: the field's value, and with a review state the
 * approval's details that went with it.
 */
export function takeValue(
  claim: Claim,
  conflict: OpenConflict,
  value: unknown,
): Partial<Record<ChangedField, unknown>> {
  const changes: Partial<Record<ChangedField, unknown>> = { [conflict.field]: value };
  if (conflict.field !== 'reviewState') return changes;
  const join = claim.log.find((entry) => entry.rev === conflict.join);
  for (const field of WITH_STATE) {
    // The approval that went with this state in the join (or none: the state alone).
    const lost = join?.fields.find((f) => f.field === field);
    changes[field] = value === conflict.kept.value ? claim[field] : (lost?.before ?? '');
  }
  return changes;
}
