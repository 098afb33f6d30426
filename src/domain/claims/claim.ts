import type { Anchor, Claim, ClaimContent, ClaimVersion, Verdict } from '../types';

/** The editable content of a claim, as a version to keep in its history. */
export function claimVersion(claim: Claim, replacedBecause: string): ClaimVersion {
  return {
    anchor: claim.anchor,
    verdict: claim.verdict,
    note: claim.note,
    evidence: claim.evidence,
    tags: claim.tags,
    claimant: claim.claimant,
    claimDate: claim.claimDate,
    reviewState: claim.reviewState,
    approvedBy: claim.approvedBy,
    approvedAt: claim.approvedAt,
    reviewComment: claim.reviewComment,
    updatedAt: claim.updatedAt,
    updatedBy: claim.updatedBy,
    replacedBecause,
  };
}

/** A new claim with every detail at its default. */
export function newClaim(options: {
  id: string;
  articleId: string;
  anchor: Anchor;
  verdict: Verdict;
  by: string;
  at: string;
}): Claim {
  return {
    id: options.id,
    articleId: options.articleId,
    anchor: options.anchor,
    verdict: options.verdict,
    note: '',
    evidence: [],
    tags: [],
    claimant: '',
    claimDate: '',
    reviewState: 'draft',
    approvedBy: '',
    approvedAt: '',
    reviewComment: '',
    createdAt: options.at,
    createdBy: options.by,
    updatedAt: options.at,
    updatedBy: options.by,
    history: [],
    orphanedAt: '',
  };
}

/**
 * Fills in the details a claim stored by an older version of Verdict lacks (schema v1 had only
 * anchor, verdict and note), so that every reader sees a complete claim.
 */
export function completeClaim(stored: Partial<Claim> & Pick<Claim, 'id' | 'articleId'>): Claim {
  const at = stored.createdAt ?? stored.updatedAt ?? new Date(0).toISOString();
  return {
    ...newClaim({
      id: stored.id,
      articleId: stored.articleId,
      anchor: stored.anchor ?? { exact: '', prefix: '', suffix: '', start: 0, end: 0 },
      verdict: stored.verdict ?? 'unverified',
      by: stored.createdBy ?? '',
      at,
    }),
    ...stored,
  } as Claim;
}

/** Whether two claims say the same thing (ignoring who saved them when, and history). */
export function sameClaimContent(a: ClaimContent, b: ClaimContent): boolean {
  const content = (c: ClaimContent) =>
    JSON.stringify([
      c.anchor.exact,
      c.anchor.prefix,
      c.anchor.suffix,
      c.anchor.start,
      c.anchor.end,
      c.verdict,
      c.note,
      c.evidence,
      c.tags,
      c.claimant,
      c.claimDate,
      c.reviewState,
      c.approvedBy,
      c.approvedAt,
      c.reviewComment,
    ]);
  return content(a) === content(b);
}
