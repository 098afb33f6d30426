import { changedFields } from '../claims/change-log';
import { compactLog } from '../claims/log-bound';
import { claimVersion, contentRevision, sameClaimContent } from '../claims/claim';
import { unionComments } from '../claims/comments';
import type { ChangedField, Claim, ClaimChange, ClaimContent, ClaimVersion } from '../types';
import { diverge, relate, type Lineage } from './lineage';

/** Why a version set aside by an import is in a claim's history. */
export const REPLACED_BY_IMPORT = 'import merge';
/** Why a version that an import could not order (same time, other content) is in history. */
export const REPLACED_BY_CONFLICT = 'import conflict';

/** One side of a merge: this library's copy of a claim, or the file's. */
export type Side = 'local' | 'incoming';
/** Which side a conflict keeps: the newer version (the default), or always one side. */
export type ConflictRule = 'newer' | Side;

/** Compares two timestamps as instants (offsets may differ), falling back to text order. */
export function compareTimes(a: string, b: string): number {
  const diff = Date.parse(a) - Date.parse(b);
  if (!Number.isNaN(diff)) return Math.sign(diff);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The versions of several histories, each once (one author saves one version at a time, so
 * `updatedAt` + `updatedBy` identifies it), newest first; the first copy seen is kept.
 */
export function unionHistory(...histories: ClaimVersion[][]): ClaimVersion[] {
  const seen = new Set<string>();
  const versions: ClaimVersion[] = [];
  for (const version of histories.flat()) {
    const key = JSON.stringify([version.updatedAt, version.updatedBy]);
    if (seen.has(key)) continue;
    seen.add(key);
    versions.push(version);
  }
  // Array.prototype.sort is stable, so equal times keep the order above.
  return versions.sort((a, b) => compareTimes(b.updatedAt, a.updatedAt));
}

/** The claim a merge keeps for one id, which side its content came from, and if it was a conflict. */
export interface ClaimResolution {
  claim: Claim;
  from: Side;
  conflict: boolean;
  /** In a conflict, the fields the two versions disagree on. */
  fields: ChangedField[];
}

/** When a conflict is resolved (the import), and which side it keeps. */
export interface ResolveOptions {
  now: string;
  rule: ConflictRule;
}

const byDefault: ResolveOptions = { now: '', rule: 'newer' };

/**
 * The newer of two versions; at the same time, the one at the greater revision, so that the
 * rule gives the same answer whichever side imports.
 */
export function newerSide(local: Claim, incoming: Claim): Side {
  const order = compareTimes(incoming.updatedAt, local.updatedAt);
  if (order !== 0) return order > 0 ? 'incoming' : 'local';
  return incoming.rev > local.rev ? 'incoming' : 'local';
}

/**
 * A claim's lineage for comparing copies. A log that starts after the claim was stored without
 * one (a legacy claim edited since) does not list the content revision it started from: undoing
 * its changes gives that content, whose revision every untouched copy of the claim still has.
 */
export function lineageOf(claim: Claim): Lineage {
  const first = claim.log[0];
  if (!first || first.kind === 'create' || claim.log.some((c) => c.kind === 'merge')) return claim;
  const content: Record<string, unknown> = { ...claim };
  for (const change of claim.log.toReversed()) {
    for (const field of change.fields) content[field.field] = field.before;
  }
  const rev = contentRevision(content as unknown as ClaimContent);
  const origin: ClaimChange = { kind: 'create', at: first.at, by: '', fields: [], rev };
  return { rev: claim.rev, log: [origin, ...claim.log] };
}

/**
 * Both logs' entries, each revision once, in time order (then by revision). An entry both hold
 * knows the revisions either absorbed; the same merge recorded on both sides by different people
 * is kept once, the same way whichever side merges.
 */
export function unionLogs(a: readonly ClaimChange[], b: readonly ClaimChange[]): ClaimChange[] {
  const byRev = new Map<string, ClaimChange>();
  for (const change of [...a, ...b]) {
    const known = byRev.get(change.rev);
    if (!known) {
      byRev.set(change.rev, change);
      continue;
    }
    const first = JSON.stringify([change.at, change.by]) < JSON.stringify([known.at, known.by]);
    const kept = first ? change : known;
    const absorbed = new Set([...(known.absorbed ?? []), ...(change.absorbed ?? [])]);
    const same = [known, change].every((entry) => (entry.absorbed ?? []).length === absorbed.size);
    byRev.set(change.rev, same ? kept : { ...kept, absorbed: [...absorbed].sort() });
  }
  return [...byRev.values()].sort(
    (x, y) => compareTimes(x.at, y.at) || (x.rev < y.rev ? -1 : x.rev > y.rev ? 1 : 0),
  );
}

/** FNV-1a (32 bits) of a string, for the revision of a merge. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The two versions of a conflict joined: the kept one's content, both logs and a `merge` entry
 * recording the version not kept (each field from its value there to the kept one), whose
 * revision depends only on the two revisions and the one kept, so that both sides resolving the
 * same way reach the same revision and their next exchange finds nothing new.
 */
function joinConflict(local: Claim, incoming: Claim, kept: Side, options: ResolveOptions): Claim {
  const [winner, loser] = kept === 'local' ? [local, incoming] : [incoming, local];
  const parents = [local.rev, incoming.rev].sort();
  const rev = `merge-${hash(`${parents.join(' ')} ${winner.rev}`)}${hash(winner.rev)}`;
  const entry: ClaimChange = {
    kind: 'merge',
    // Whose version the import kept (the log reads "an import kept the version of …"), and when.
    at: options.now || winner.updatedAt,
    by: winner.updatedBy,
    fields: changedFields(loser, winner),
    rev,
    absorbed: parents,
    reason: `conflict: kept the version of ${winner.updatedBy} (${winner.updatedAt}), not the version of ${loser.updatedBy} (${loser.updatedAt})`,
  };
  // As before lineage, the version not kept is also an earlier version the card can restore.
  const history = unionHistory(
    winner.history,
    [claimVersion(loser, REPLACED_BY_CONFLICT)],
    loser.history,
  );
  return {
    ...winner,
    history,
    log: compactLog([...unionLogs(local.log, incoming.log), entry]),
    rev,
  };
}

/**
 * Merges two copies of a claim that neither recorded apart (same revision, other content: edits
 * made before changes were recorded), as before lineage: the newer `updatedAt` wins and the other
 * goes to its history; the same time with other content is a conflict the local version wins.
 */
function resolveUnrecorded(local: Claim, incoming: Claim): ClaimResolution {
  const order = compareTimes(incoming.updatedAt, local.updatedAt);
  if (order > 0) {
    const history = unionHistory(
      incoming.history,
      [claimVersion(local, REPLACED_BY_IMPORT)],
      local.history,
    );
    const claim = { ...incoming, history };
    return { claim, from: 'incoming', conflict: false, fields: [] };
  }
  const because = order === 0 ? REPLACED_BY_CONFLICT : REPLACED_BY_IMPORT;
  const history = unionHistory(local.history, [claimVersion(incoming, because)], incoming.history);
  const fields = order === 0 ? changedFields(incoming, local).map((f) => f.field) : [];
  return { claim: { ...local, history }, from: 'local', conflict: order === 0, fields };
}

/**
 * Merges the two copies of one claim by lineage (docs/DECISIONS.md, "Merging claims"): at the
 * same revision, or one ahead of the other, the one ahead is kept; changed on both sides since
 * their common version (or, without a common past, saying different things) is a conflict, which
 * `options.rule` settles. Comments are always joined.
 */
export function resolveClaim(
  local: Claim,
  incoming: Claim,
  options: ResolveOptions = byDefault,
): ClaimResolution {
  const resolution = settle(local, incoming, options);
  // Comments are joined whatever the relation: a discussion only grows (a deletion is logged).
  const comments = unionComments(local.comments, incoming.comments);
  return { ...resolution, claim: { ...resolution.claim, comments } };
}

/** The version `resolveClaim` keeps, before comments are joined. */
function settle(local: Claim, incoming: Claim, options: ResolveOptions): ClaimResolution {
  const relation = relate(lineageOf(local), lineageOf(incoming));
  const same = sameClaimContent(local, incoming);
  if (relation === 'same' && !same) return resolveUnrecorded(local, incoming);
  if (relation !== 'diverged' || same) {
    // Changed on one side only, or both reached the same content: the one ahead, else the newer.
    // At one revision, the local copy stays (a later save of the same version rewrites nothing).
    const ahead: Record<string, Side> = { same: 'local', 'incoming-ahead': 'incoming' };
    const from =
      ahead[relation] ?? (relation === 'local-ahead' ? 'local' : newerSide(local, incoming));
    const history = unionHistory(incoming.history, local.history);
    const log = compactLog(unionLogs(local.log, incoming.log));
    const kept = from === 'local' ? local : incoming;
    return { claim: { ...kept, history, log }, from, conflict: false, fields: [] };
  }
  const both = diverge(lineageOf(local), lineageOf(incoming)).conflicting;
  const fields = both.length > 0 ? both : changedFields(incoming, local).map((f) => f.field);
  const kept = options.rule === 'newer' ? newerSide(local, incoming) : options.rule;
  return {
    claim: joinConflict(local, incoming, kept, options),
    from: kept,
    conflict: true,
    fields,
  };
}
