import { VerdictError, type Problem } from '../domain/problem';
import { addComment, commentProblem, deleteComment, editComment } from '../domain/claims/comments';
import type { ClaimComment } from '../domain/types';
import { db } from './database';
import { currentReviewerName } from './settings';
import { storedRule } from './stored-rule';

/**
 * Writes one claim's discussion in one transaction. Comments are not the claim's content: they
 * leave its verdict, revision and log alone, and an import joins both copies of a discussion
 * (`unionComments`), so a comment never makes a claim newer than another reviewer's edit.
 */
async function writeComments(
  claimId: string,
  change: (comments: ClaimComment[], reviewer: string, at: string) => ClaimComment[] | Problem,
): Promise<void> {
  const { storedClaimChanges } = await storedRule();
  const at = new Date().toISOString();
  await db.transaction('rw', db.claims, db.settings, async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) throw new VerdictError('claim-missing');
    const reviewer = await currentReviewerName();
    if (reviewer === '') throw new VerdictError('reviewer-name-missing');
    const comments = change(claim.comments, reviewer, at);
    if (!Array.isArray(comments)) throw new VerdictError(comments.code, comments.data);
    await db.claims.update(claimId, storedClaimChanges({ comments }));
  });
}

const checked = (text: string) => {
  const refused = commentProblem(text);
  if (refused) throw new VerdictError(refused.code, refused.data);
};

/** Posts a comment on a claim as this browser's reviewer (who must have a name). */
export async function addClaimComment(
  claimId: string,
  text: string,
  id: string = crypto.randomUUID(),
): Promise<void> {
  checked(text);
  await writeComments(claimId, (comments, by, at) => addComment(comments, { id, by, at, text }));
}

/** Replaces the text of one's own comment; refused for another reviewer's comment. */
export async function editClaimComment(
  claimId: string,
  commentId: string,
  text: string,
): Promise<void> {
  checked(text);
  await writeComments(claimId, (comments, by, at) =>
    editComment(comments, commentId, text, by, at),
  );
}

/** Deletes one's own comment, leaving its tombstone; refused for another reviewer's comment. */
export async function deleteClaimComment(claimId: string, commentId: string): Promise<void> {
  await writeComments(claimId, (comments, by, at) => deleteComment(comments, commentId, by, at));
}
