import type { ChangedField, ClaimChange, FieldChange } from '../types';

/**
 * How many entries a claim's log keeps (docs/DECISIONS.md, "Change log"): past it, the oldest
 * changes after the creation are folded into one entry, so that a claim edited for years stays a
 * small row, and an article of thousands of claims opens as fast as before.
 */
export const LOG_LIMIT = 50;

/** Why an entry holds several folded changes. */
export const COMPACTED_REASON = 'compacted';

/** Several consecutive changes as one: each field from its first value before to its last after. */
function fold(entries: readonly ClaimChange[]): ClaimChange {
  const last = entries.at(-1)!;
  const fields = new Map<ChangedField, FieldChange>();
  for (const entry of entries) {
    for (const change of entry.fields) {
      const known = fields.get(change.field);
      fields.set(change.field, { ...change, before: known ? known.before : change.before });
    }
  }
  const absorbed = entries.flatMap((entry, i) => [
    ...(entry.absorbed ?? []),
    ...(i < entries.length - 1 ? [entry.rev] : []),
  ]);
  return {
    kind: 'edit',
    at: last.at,
    by: last.by,
    fields: [...fields.values()].filter(
      (f) => JSON.stringify(f.before) !== JSON.stringify(f.after),
    ),
    rev: last.rev,
    ...(entries[0]!.from ? { from: entries[0]!.from } : {}),
    absorbed,
    reason: COMPACTED_REASON,
  };
}

/**
 * The log kept within `limit` entries: the creation stays first, the oldest changes after it
 * are folded into one entry that keeps their revisions as `absorbed` (lineage still knows them)
 * and, per field, the value before the first and after the last.
 */
export function compactLog(log: readonly ClaimChange[], limit = LOG_LIMIT): ClaimChange[] {
  if (log.length <= limit) return [...log];
  const head = log[0]!.kind === 'create' ? 1 : 0;
  // The folded entry takes the place of `extra + 1` entries.
  const extra = log.length - limit;
  const folded = fold(log.slice(head, head + extra + 1));
  return [...log.slice(0, head), folded, ...log.slice(head + extra + 1)];
}
