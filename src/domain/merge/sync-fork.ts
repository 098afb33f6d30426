import { APPROVED_FIELDS } from '../claims/approval';
import { compactLog } from '../claims/log-bound';
import type { ChangedField, Claim, ClaimChange, FieldChange } from '../types';
import { compareTimes, hash } from './claims';
import {
  SYNC_MERGE_REASON,
  ancestry,
  distinctEntries,
  headsOf,
  isSyncMerge,
  logGraph,
  type LogNode,
} from './sync-graph';

/**
 * Changes members of a team made to one claim apart (offline, or at the same moment), once
 * Yjs has put them side by side (docs/DECISIONS.md, "Sync conflicts"). Yjs keeps one value per
 * field by an order of its own; this settles them by the review record's rule instead, the
 * same way on every member, and records it: the fields both sides changed to different values
 * are a conflict, settled for the newer change (at the same time, the greater revision), and
 * a `merge` entry keeps every value not kept. Its content depends only on the changes joined,
 * so members who join the same changes at once write the same entry, which the log keeps once.
 */

/** The review state and the approval's details change together. */
const APPROVAL: readonly ChangedField[] = ['reviewState', 'approvedBy', 'approvedAt'];

const json = (value: unknown) => JSON.stringify(value) ?? 'undefined';

/** A field's value by the last of the entries that changed it, or none. */
function lastChange(entries: readonly ClaimChange[], field: ChangedField) {
  const entry = entries.findLast((change) => change.fields.some((f) => f.field === field));
  return entry && { entry, value: entry.fields.findLast((f) => f.field === field)!.after };
}

/** The entries a head has that the others do not all have, in log order. */
interface Branch {
  head: LogNode;
  entries: ClaimChange[];
}

/** Which branch a field's value comes from, and the change that set it there. */
interface Candidate {
  value: unknown;
  entry: ClaimChange;
}

const newer = (a: ClaimChange, b: ClaimChange) =>
  compareTimes(a.at, b.at) || (a.rev > b.rev ? 1 : a.rev < b.rev ? -1 : 0);

/** What each branch changed a group of fields to (only branches that changed them). */
function candidates(branches: Branch[], group: readonly ChangedField[], base: Claim) {
  const found: Candidate[] = [];
  for (const branch of branches) {
    const changes = group.map((field) => lastChange(branch.entries, field));
    if (changes.every((change) => change === undefined)) continue;
    const entry = changes
      .filter((c) => c !== undefined)
      .reduce((a, b) => (newer(a.entry, b.entry) >= 0 ? a : b)).entry;
    const value = group.map((field, i) => (changes[i] ? changes[i].value : base[field]));
    // Changed and changed back: that branch did not change it.
    if (json(value) === json(group.map((field) => base[field]))) continue;
    found.push({ value, entry });
  }
  return found;
}

/** The fields the branches' changes touched, each once. */
function touched(branches: Branch[]): ChangedField[] {
  const fields = new Set<ChangedField>();
  for (const branch of branches) {
    for (const entry of branch.entries) for (const f of entry.fields) fields.add(f.field);
  }
  return [...fields];
}

/** The value each field had where the branches parted (the first change's value before). */
function valuesBefore(claim: Claim, branches: Branch[]): Claim {
  const before: Record<string, unknown> = { ...claim };
  for (const field of touched(branches).toReversed()) {
    for (const branch of branches.toReversed()) {
      const first = branch.entries.find((entry) => entry.fields.some((f) => f.field === field));
      if (first) before[field] = first.fields.find((f) => f.field === field)!.before;
    }
  }
  return before as unknown as Claim;
}

/** The fields the join keeps, and every value it does not keep (as before → after). */
function joinFields(claim: Claim, branches: Branch[]) {
  const base = valuesBefore(claim, branches);
  const kept: Record<string, unknown> = {};
  const lost: FieldChange[] = [];
  const groups = touched(branches)
    .filter((field) => !APPROVAL.includes(field))
    .map((field) => [field]);
  if (touched(branches).some((field) => APPROVAL.includes(field))) groups.push([...APPROVAL]);
  for (const group of groups) {
    const found = candidates(branches, group, base);
    if (found.length === 0) {
      for (const field of group) kept[field] = base[field];
      continue;
    }
    const winner = found.reduce((a, b) => (newer(a.entry, b.entry) >= 0 ? a : b));
    const values = winner.value as unknown[];
    group.forEach((field, i) => (kept[field] = values[i]));
    const others = new Map(found.map((c) => [json(c.value), c.value as unknown[]]));
    others.delete(json(winner.value));
    for (const other of others.values()) {
      group.forEach((field, i) => {
        if (json(other[i]) !== json(values[i]))
          lost.push({ field, before: other[i], after: values[i] });
      });
    }
  }
  return { kept, lost, base };
}

/**
 * An approval holds when one branch approved exactly what is kept; otherwise the joined claim
 * goes back to review (an approval covers a verdict on certain words with a certain rationale).
 */
function approvalHolds(
  kept: Record<string, unknown>,
  claim: Claim,
  branches: Branch[],
  base: Claim,
) {
  const result = { ...claim, ...kept } as Claim;
  if (result.reviewState !== 'approved') return true;
  return branches.some((branch) =>
    [...APPROVAL, ...APPROVED_FIELDS].every((field) => {
      const change = lastChange(branch.entries, field);
      return json(change ? change.value : base[field]) === json(result[field]);
    }),
  );
}

/** The revision of a join: a hash of the joined revisions, the same on every member. */
export function syncMergeRevision(parents: readonly string[]): string {
  const sorted = [...parents].sort();
  return `sync-${hash(sorted.join(' '))}${hash(sorted.toReversed().join(' '))}`;
}

/** The claim with the changes made apart joined and the join recorded. */
function join(claim: Claim, log: ClaimChange[], graph: LogNode[], found: LogNode[]): Claim {
  // In the order of their revisions, not the log's (which Yjs may lay out otherwise elsewhere).
  const heads = found.toSorted((a, b) => (a.entry.rev < b.entry.rev ? -1 : 1));
  const known = heads.map((head) => ancestry(graph, head));
  const common = new Set([...known[0]!].filter((index) => known.every((set) => set.has(index))));
  const branches = heads.map((head, i) => ({
    head,
    entries: [...known[i]!]
      .filter((index) => !common.has(index))
      .sort((a, b) => a - b)
      .map((index) => log[index]!),
  }));
  const { kept, lost, base } = joinFields(claim, branches);
  if (!approvalHolds(kept, claim, branches, base)) {
    for (const field of APPROVAL) {
      const before = kept[field] ?? claim[field];
      kept[field] = field === 'reviewState' ? 'in-review' : '';
      lost.push({ field, before, after: kept[field] });
    }
  }
  // Every value not kept, once, going to the value kept.
  const seen = new Set<string>();
  const order = (f: FieldChange) => json([f.field, f.before]);
  const fields = lost
    .toSorted((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
    .map((f) => ({ ...f, after: kept[f.field] }))
    .filter((f) => json(f.before) !== json(f.after))
    .filter(
      (f) => !seen.has(json([f.field, f.before])) && Boolean(seen.add(json([f.field, f.before]))),
    );
  const last = heads.map((head) => head.entry).reduce((a, b) => (newer(a, b) >= 0 ? a : b));
  const parents = heads.map((head) => head.entry.rev).sort();
  const entry: ClaimChange = {
    kind: 'merge',
    at: last.at,
    by: last.by,
    fields,
    rev: syncMergeRevision(parents),
    absorbed: parents,
    reason: SYNC_MERGE_REASON,
  };
  return {
    ...claim,
    ...kept,
    log: compactLog([...log, entry]),
    rev: entry.rev,
    updatedAt: entry.at,
    updatedBy: entry.by,
  };
}

/**
 * After changes made apart were joined, members may write the same values at once, and Yjs then
 * keeps for some fields the value of an earlier state: from the latest join on, the log says
 * what each field is. The words' place is left alone (a text edit moves it without a log entry).
 */
function realign(claim: Claim, log: ClaimChange[], graph: LogNode[], head: LogNode): Claim | null {
  const path = [...ancestry(graph, head)].sort((a, b) => a - b);
  const joined = path.findLastIndex((index) => isSyncMerge(log[index]!));
  if (joined < 0) return null;
  const since = path.slice(joined).map((index) => log[index]!);
  const fixed: Record<string, unknown> = {};
  for (const field of touched([{ head, entries: since }])) {
    const change = lastChange(since, field)!;
    if (field !== 'anchor' && json(change.value) !== json(claim[field]))
      fixed[field] = change.value;
  }
  if (Object.keys(fixed).length === 0 && claim.rev === head.entry.rev) return null;
  return {
    ...claim,
    ...fixed,
    rev: head.entry.rev,
    updatedAt: head.entry.at,
    updatedBy: head.entry.by,
  };
}

/**
 * Whether each entry was made from the one before it and none joins changes made apart: the
 * log of nearly every claim, told without building its graph.
 */
function oneChain(log: readonly ClaimChange[]): boolean {
  return log.every((entry, i) => {
    if (isSyncMerge(entry)) return false;
    const previous = log[i - 1];
    return entry.from === undefined || entry.from === previous?.rev;
  });
}

/**
 * The claim as every member settles it once a sync has brought changes made apart, or null when
 * there is nothing to settle (one member changed it, or it was settled already).
 */
export function settleSyncedClaim(claim: Claim): Claim | null {
  if (oneChain(claim.log)) return null;
  const log = distinctEntries(claim.log);
  const graph = logGraph(log);
  const heads = headsOf(graph);
  const repeated = log.length !== claim.log.length;
  if (heads.length > 1) return join({ ...claim, log }, log, graph, heads);
  const settled = heads[0] ? realign({ ...claim, log }, log, graph, heads[0]) : null;
  return settled ?? (repeated ? { ...claim, log } : null);
}
