import type { Claim, ClaimContent } from '../types';

/**
 * Approvals that hold: an approval covers a verdict on certain words with a certain rationale,
 * so changing any of those sends an approved claim back to review (after the reviewer agreed,
 * in the UI). Other details (tags, sources, claimant) leave the approval standing.
 */

/** The fields an approval covers. */
export const APPROVED_FIELDS: readonly (keyof ClaimContent)[] = ['verdict', 'anchor', 'note'];

const differs = (a: unknown, b: unknown) => a !== b && JSON.stringify(a) !== JSON.stringify(b);

/** Whether a change to a claim would undo its approval. */
export function breaksApproval(claim: Claim, changes: Partial<ClaimContent>): boolean {
  if (claim.reviewState !== 'approved') return false;
  return APPROVED_FIELDS.some((field) => field in changes && differs(changes[field], claim[field]));
}

/** The changes with the claim sent back to review when they undo its approval. */
export function withApprovalRule(
  claim: Claim,
  changes: Partial<ClaimContent>,
): Partial<ClaimContent> {
  if (!breaksApproval(claim, changes)) return changes;
  return { ...changes, reviewState: 'in-review', approvedBy: '', approvedAt: '' };
}

/**
 * Whether the library asks for a second reviewer by default: once it holds claims by more
 * than one named reviewer (a desk, not one person working alone).
 */
export function secondReviewerByDefault(claims: readonly Pick<Claim, 'createdBy'>[]): boolean {
  const names = new Set<string>();
  for (const claim of claims) {
    const name = claim.createdBy.trim().toLowerCase();
    if (name !== '') names.add(name);
    if (names.size > 1) return true;
  }
  return false;
}
