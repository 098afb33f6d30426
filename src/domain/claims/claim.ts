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
    rating: claim.rating,
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
  // The first revision is the claim's id: every copy of a claim shares its creation.
  const rev = options.id;
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
    rating: '',
    createdAt: options.at,
    createdBy: options.by,
    updatedAt: options.at,
    updatedBy: options.by,
    history: [],
    orphanedAt: '',
    rev,
    log: [{ kind: 'create', at: options.at, by: options.by, fields: [], rev }],
    comments: [],
  };
}

/**
 * Fills in the details a claim stored by an older version of Verdict lacks (schema v1 had only
 * anchor, verdict and note; before v6, no log, revision, comments or rating), so that every
 * reader sees a complete claim. A claim without a log gets none (its past is unknown) and a
 * revision derived from its content, so that two copies of it that say the same thing are at the
 * same revision, and copies that differ are told apart.
 */
export function completeClaim(stored: Partial<Claim> & Pick<Claim, 'id' | 'articleId'>): Claim {
  const at = stored.createdAt ?? stored.updatedAt ?? new Date(0).toISOString();
  const claim = {
    ...newClaim({
      id: stored.id,
      articleId: stored.articleId,
      anchor: stored.anchor ?? { exact: '', prefix: '', suffix: '', start: 0, end: 0 },
      verdict: stored.verdict ?? 'unverified',
      by: stored.createdBy ?? '',
      at,
    }),
    log: [],
    ...stored,
  } as Claim;
  if (stored.rev === undefined || stored.rev === '') claim.rev = contentRevision(claim);
  return claim;
}

/** The content of a claim as one string, in a fixed field order. */
function contentKey(c: ClaimContent): string {
  return JSON.stringify([
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
    c.rating ?? '',
  ]);
}

/** FNV-1a (32 bits) of a string's UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The revision of a claim stored without one: `legacy-` and a 64-bit hash of its content (two
 * FNV-1a hashes from different bases), the same in every copy that says the same thing.
 */
export function contentRevision(content: ClaimContent): string {
  const text = contentKey(content);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `legacy-${hex(fnv1a(text, 0x811c9dc5))}${hex(fnv1a(text, 0x2c9277b5))}`;
}

/** Whether two claims say the same thing (ignoring who saved them when, and history). */
export function sameClaimContent(a: ClaimContent, b: ClaimContent): boolean {
  return contentKey(a) === contentKey(b);
}
