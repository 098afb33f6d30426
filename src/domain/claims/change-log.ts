import type { ChangedField, ChangeKind, Claim, ClaimChange, FieldChange } from '../types';

export type { ChangedField, ChangeKind, ClaimChange, FieldChange } from '../types';

/**
 * A claim's change log: every change recorded with who, when, which fields, and the values
 * before and after, newest last. Typing in a text field is coalesced: one entry per person per
 * field per pause, not per keystroke.
 */

/** Fields typed a character at a time, whose changes are coalesced within a pause. */
const TYPED_FIELDS: ReadonlySet<ChangedField> = new Set(['note', 'claimant', 'reviewComment']);

/** How long a pause in typing ends an entry: later typing starts a new one. */
export const TYPING_PAUSE_MS = 60_000;

/** Every content field, in the order a change lists them. */
const CONTENT_FIELDS: readonly ChangedField[] = [
  'anchor',
  'verdict',
  'note',
  'evidence',
  'tags',
  'claimant',
  'claimDate',
  'reviewState',
  'approvedBy',
  'approvedAt',
  'reviewComment',
  'rating',
  'orphanedAt',
];

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ between two states of a claim, with both values. */
export function changedFields(
  before: Partial<Record<ChangedField, unknown>>,
  after: Partial<Record<ChangedField, unknown>>,
): FieldChange[] {
  return CONTENT_FIELDS.filter((field) => field in after && !same(before[field], after[field])).map(
    (field) => ({ field, before: before[field], after: after[field] }),
  );
}

/** Whether `next` continues the typing that `last` recorded (same person, field, no pause). */
function continuesTyping(last: ClaimChange, next: ClaimChange): boolean {
  if (last.kind !== 'edit' || next.kind !== 'edit' || last.by !== next.by) return false;
  if (last.fields.length !== 1 || next.fields.length !== 1) return false;
  const field = next.fields[0]!.field;
  if (last.fields[0]!.field !== field || !TYPED_FIELDS.has(field)) return false;
  const pause = Date.parse(next.at) - Date.parse(last.at);
  return pause >= 0 && pause < TYPING_PAUSE_MS;
}

/**
 * The log with a change appended, or merged into the last entry when it continues the same
 * typing (the entry then keeps its first value before and takes the latest value after). A
 * change that changes nothing is not recorded; typing back to the value before removes the entry
 * (the claim is then at the revision of the entry before).
 */
export function appendChange(log: readonly ClaimChange[], change: ClaimChange): ClaimChange[] {
  if (change.kind === 'edit' && change.fields.length === 0) return [...log];
  const last = log.at(-1);
  if (!last || !continuesTyping(last, change)) return [...log, change];
  const before = last.fields[0]!.before;
  const after = change.fields[0]!.after;
  const rest = log.slice(0, -1);
  const absorbed = [...(last.absorbed ?? []), last.rev];
  const previous = rest.at(-1);
  // Typed back to where it started: the claim is again at the revision before, which now
  // also knows the revisions typed in between (another copy may have seen them).
  if (same(before, after) && previous) {
    const known = [...(previous.absorbed ?? []), ...absorbed, change.rev];
    return [...rest.slice(0, -1), { ...previous, absorbed: known }];
  }
  const fields = [{ field: change.fields[0]!.field, before, after }];
  const entry: ClaimChange = { ...change, fields, absorbed };
  // The typing started from the revision the entry it continues started from.
  if (last.from) entry.from = last.from;
  else delete entry.from;
  return [...rest, entry];
}

/** Who makes a change, when, which revision it makes, and (for other than edits) why. */
export interface ChangeAuthor {
  by: string;
  at: string;
  /** A fresh id for the revision this change makes (the caller's random source). */
  rev: string;
  kind?: ChangeKind;
  reason?: string;
}

/**
 * A claim with changes applied and recorded: its log gains an entry (or the typing entry it
 * continues grows), and its revision becomes the log's last. Changes that change nothing leave
 * the claim as it was, except for kinds other than `edit` (a deletion, a restoration), which are
 * always recorded.
 */
export function recordChange<T extends Claim>(
  claim: T,
  changes: Partial<Record<ChangedField, unknown>>,
  author: ChangeAuthor,
): T {
  const kind = author.kind ?? 'edit';
  const fields = changedFields(claim, changes);
  if (kind === 'edit' && fields.length === 0) return claim;
  const entry: ClaimChange = { kind, at: author.at, by: author.by, fields, rev: author.rev };
  if (claim.rev) entry.from = claim.rev;
  if (author.reason) entry.reason = author.reason;
  const log = appendChange(claim.log, entry);
  return {
    ...claim,
    ...changes,
    log,
    rev: log.at(-1)?.rev ?? claim.rev,
    updatedAt: author.at,
    updatedBy: author.by,
  };
}
