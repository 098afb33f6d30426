import { claimVersion } from './claim';
import type { Claim, ClaimContent, ClaimVersion } from '../types';

/** Why the current version of a claim goes into its history when an older one is restored. */
export const RESTORED_BECAUSE = 'restored an earlier version';

/** The editable content of a version, without who saved it when and why it was replaced. */
export function versionContent(version: ClaimVersion): ClaimContent {
  return {
    anchor: version.anchor,
    verdict: version.verdict,
    note: version.note,
    evidence: version.evidence,
    tags: version.tags,
    claimant: version.claimant,
    claimDate: version.claimDate,
    reviewState: version.reviewState,
    approvedBy: version.approvedBy,
    approvedAt: version.approvedAt,
    reviewComment: version.reviewComment,
    rating: version.rating,
  };
}

/**
 * The claim with its history's version at `index` made current again and the current content
 * kept as the newest version of its history (undefined when there is no such version). Whether
 * the words are found in the text is decided again when the claim is anchored, so `orphanedAt`
 * stays as it is.
 */
export function restoreVersion(
  claim: Claim,
  index: number,
  by: string,
  at: string,
): Claim | undefined {
  const version = claim.history[index];
  if (!version) return undefined;
  return {
    ...claim,
    ...versionContent(version),
    history: [
      claimVersion(claim, RESTORED_BECAUSE),
      ...claim.history.filter((_, i) => i !== index),
    ],
    updatedAt: at,
    updatedBy: by,
  };
}
