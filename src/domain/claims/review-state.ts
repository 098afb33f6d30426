import { problem, type Problem } from '../problem';
import type { Claim, ClaimContent, ReviewState } from '../types';

/** What a reviewer can do to a claim's review state. */
export type ReviewAction = 'submit' | 'approve' | 'send-back';

/** The actions open from each state (send-back returns to draft with a comment). */
export const REVIEW_ACTIONS: Record<ReviewState, ReviewAction[]> = {
  draft: ['submit'],
  'in-review': ['approve', 'send-back'],
  approved: ['send-back'],
};

/** The changes one review action makes, or why it cannot be made. */
export type ReviewChange =
  | { ok: true; changes: Partial<ClaimContent>; warning: Problem | null }
  | { ok: false; problem: Problem };

/**
 * Applies a review action: submitting sends a draft for review; approving records who approved
 * and when (with a warning when the approver is the claim's author: a second pair of eyes is the
 * point); sending back returns the claim to draft and needs a comment saying why.
 */
export function reviewChange(
  claim: Pick<Claim, 'reviewState' | 'createdBy'>,
  action: ReviewAction,
  reviewer: string,
  now: string,
  comment = '',
  rules: { secondReviewer: boolean } = { secondReviewer: false },
): ReviewChange {
  if (!REVIEW_ACTIONS[claim.reviewState].includes(action)) {
    return {
      ok: false,
      problem: problem('review-action-closed', { state: claim.reviewState, action }),
    };
  }
  switch (action) {
    case 'submit':
      return { ok: true, changes: { reviewState: 'in-review', reviewComment: '' }, warning: null };
    case 'approve': {
      const self =
        reviewer.trim() !== '' &&
        reviewer.trim().toLowerCase() === claim.createdBy.trim().toLowerCase();
      // With the second-reviewer rule, the author cannot approve: a second pair of eyes must.
      if (self && rules.secondReviewer) {
        return { ok: false, problem: problem('self-approval-refused', { name: claim.createdBy }) };
      }
      return {
        ok: true,
        changes: { reviewState: 'approved', approvedBy: reviewer, approvedAt: now },
        warning: self
          ? problem('self-approval', { name: claim.createdBy })
          : reviewer.trim() === ''
            ? problem('reviewer-name-missing')
            : null,
      };
    }
    case 'send-back':
      if (comment.trim() === '') {
        return { ok: false, problem: problem('send-back-reason-missing') };
      }
      return {
        ok: true,
        changes: {
          reviewState: 'draft',
          approvedBy: '',
          approvedAt: '',
          reviewComment: comment.trim(),
        },
        warning: null,
      };
  }
}
