import type { ChangedField, ClaimChange } from '../claims/change-log';

/**
 * The lineage of two copies of a claim (this library's and a file's, or another reviewer's):
 * each change makes a new revision, recorded in the claim's change log, so that "changed only
 * there" is told from "changed on both sides since the common version" (docs/DESIGN.md).
 */

/** What lineage needs of a claim: its current revision and its change log (oldest first). */
export interface Lineage {
  rev: string;
  log: readonly ClaimChange[];
}

/** How two copies of a claim relate. */
export type Relation = 'same' | 'local-ahead' | 'incoming-ahead' | 'diverged';

/** Every revision a copy has been at: its log's revisions, those absorbed, and its own. */
export function knownRevisions(lineage: Lineage): Set<string> {
  const known = new Set([lineage.rev]);
  for (const change of lineage.log) {
    known.add(change.rev);
    for (const rev of change.absorbed ?? []) known.add(rev);
  }
  return known;
}

/** Whether the copies are at one revision, one descends from the other, or both changed. */
export function relate(local: Lineage, incoming: Lineage): Relation {
  if (local.rev === incoming.rev) return 'same';
  if (knownRevisions(local).has(incoming.rev)) return 'local-ahead';
  if (knownRevisions(incoming).has(local.rev)) return 'incoming-ahead';
  return 'diverged';
}

/** What each side changed since the common revision, and the fields both changed differently. */
export interface Divergence {
  /** The latest revision both copies have been at (null: none, e.g. made apart). */
  base: string | null;
  local: ClaimChange[];
  incoming: ClaimChange[];
  /** Fields both sides changed since `base`, ending at different values. */
  conflicting: ChangedField[];
}

/**
 * The changes of a log after the last revision the other copy also knows. An entry that
 * absorbed that revision while coalescing typing continued past it, so it counts as a change.
 */
function changesSince(log: readonly ClaimChange[], other: Set<string>) {
  for (let i = log.length - 1; i >= 0; i--) {
    const change = log[i]!;
    if (other.has(change.rev)) return { base: change.rev, changes: log.slice(i + 1) };
    const absorbed = (change.absorbed ?? []).findLast((rev) => other.has(rev));
    if (absorbed) return { base: absorbed, changes: log.slice(i) };
  }
  return { base: null, changes: [...log] };
}

/** Each field's value after the last of the changes that touched it. */
function finalValues(changes: readonly ClaimChange[]): Map<ChangedField, unknown> {
  const values = new Map<ChangedField, unknown>();
  for (const change of changes) for (const f of change.fields) values.set(f.field, f.after);
  return values;
}

/** Where two copies of a claim parted, what each changed since, and what conflicts. */
export function diverge(local: Lineage, incoming: Lineage): Divergence {
  const mine = changesSince(local.log, knownRevisions(incoming));
  const theirs = changesSince(incoming.log, knownRevisions(local));
  const localValues = finalValues(mine.changes);
  const incomingValues = finalValues(theirs.changes);
  const conflicting = [...localValues.keys()].filter(
    (field) =>
      incomingValues.has(field) &&
      JSON.stringify(incomingValues.get(field)) !== JSON.stringify(localValues.get(field)),
  );
  return { base: mine.base, local: mine.changes, incoming: theirs.changes, conflicting };
}
