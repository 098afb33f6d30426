import { claimVersion, sameClaimContent } from '../claims/claim';
import { unionComments } from '../claims/comments';
import type { Claim, ClaimVersion } from '../types';

/** Why a version set aside by an import is in a claim's history. */
export const REPLACED_BY_IMPORT = 'import merge';
/** Why a version that an import could not order (same time, other content) is in history. */
export const REPLACED_BY_CONFLICT = 'import conflict';

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
  from: 'local' | 'incoming';
  conflict: boolean;
}

/**
 * Merges the two versions of one claim: same content keeps the local one; otherwise the newer
 * `updatedAt` wins and the other goes to its history; the same time with other content is a
 * conflict, where the local version stays and the incoming one goes to history.
 */
export function resolveClaim(local: Claim, incoming: Claim): ClaimResolution {
  const resolved = resolveContent(local, incoming);
  // A discussion is joined whichever version wins: both sides' comments, deletions included.
  const comments = unionComments(local.comments, incoming.comments);
  return { ...resolved, claim: { ...resolved.claim, comments } };
}

function resolveContent(local: Claim, incoming: Claim): ClaimResolution {
  if (sameClaimContent(local, incoming)) {
    const history = unionHistory(local.history, incoming.history);
    return { claim: { ...local, history }, from: 'local', conflict: false };
  }
  const order = compareTimes(incoming.updatedAt, local.updatedAt);
  if (order > 0) {
    const history = unionHistory(
      incoming.history,
      [claimVersion(local, REPLACED_BY_IMPORT)],
      local.history,
    );
    return { claim: { ...incoming, history }, from: 'incoming', conflict: false };
  }
  const because = order === 0 ? REPLACED_BY_CONFLICT : REPLACED_BY_IMPORT;
  const history = unionHistory(local.history, [claimVersion(incoming, because)], incoming.history);
  return { claim: { ...local, history }, from: 'local', conflict: order === 0 };
}
