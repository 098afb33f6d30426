import { problem, type Problem } from '../problem';
import type { ClaimComment } from '../types';

export type { ClaimComment } from '../types';

/** The longest comment kept (characters): a discussion, not a document. */
export const MAX_COMMENT_LENGTH = 5000;

/** Why a comment text cannot be saved as it is (null when it can). */
export function commentProblem(text: string): Problem | null {
  const trimmed = text.trim();
  if (trimmed === '') return problem('comment-empty');
  if (trimmed.length > MAX_COMMENT_LENGTH) {
    return problem('comment-too-long', { max: String(MAX_COMMENT_LENGTH) });
  }
  return null;
}

/** Whether a reviewer may edit or delete a comment: only its author (names compared loosely). */
export function ownsComment(comment: ClaimComment, reviewer: string): boolean {
  const name = reviewer.trim().toLowerCase();
  return name !== '' && name === comment.by.trim().toLowerCase();
}

/** A discussion with a comment added, oldest first. */
export function addComment(
  comments: readonly ClaimComment[],
  comment: Omit<ClaimComment, 'editedAt'>,
): ClaimComment[] {
  const added = { ...comment, text: comment.text.trim(), editedAt: '' };
  return [...comments, added].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** A discussion with one comment's text replaced by its author; refused for anyone else. */
export function editComment(
  comments: readonly ClaimComment[],
  id: string,
  text: string,
  reviewer: string,
  at: string,
): ClaimComment[] | Problem {
  const target = comments.find((comment) => comment.id === id);
  if (!target || isDeletedComment(target)) return problem('comment-missing');
  if (!ownsComment(target, reviewer)) return problem('comment-not-yours', { name: target.by });
  return comments.map((c) => (c.id === id ? { ...c, text: text.trim(), editedAt: at } : c));
}

/**
 * Whether a comment was deleted: a deleted comment stays in the discussion as a tombstone (its
 * text emptied, `editedAt` the deletion time), so that joining an older copy cannot bring it
 * back (docs/DECISIONS.md, "Discussion and agreement"). A posted comment is never empty.
 */
export function isDeletedComment(comment: ClaimComment): boolean {
  return comment.text === '';
}

/** The comments a discussion shows: those not deleted, oldest first. */
export function visibleComments(comments: readonly ClaimComment[]): ClaimComment[] {
  return comments.filter((comment) => !isDeletedComment(comment));
}

/** A discussion with one comment deleted by its author (left as a tombstone); refused for anyone else. */
export function deleteComment(
  comments: readonly ClaimComment[],
  id: string,
  reviewer: string,
  at: string,
): ClaimComment[] | Problem {
  const target = comments.find((comment) => comment.id === id);
  if (!target || isDeletedComment(target)) return problem('comment-missing');
  if (!ownsComment(target, reviewer)) return problem('comment-not-yours', { name: target.by });
  return comments.map((c) => (c.id === id ? { ...c, text: '', editedAt: at } : c));
}

/**
 * Two copies of a discussion joined: every comment of either, the later edit of one both hold
 * (a deletion is the last edit, so a deleted comment stays deleted), oldest first.
 */
export function unionComments(
  a: readonly ClaimComment[],
  b: readonly ClaimComment[],
): ClaimComment[] {
  const byId = new Map(a.map((comment) => [comment.id, comment]));
  for (const comment of b) {
    const other = byId.get(comment.id);
    if (!other || comment.editedAt > other.editedAt) byId.set(comment.id, comment);
  }
  return [...byId.values()].sort((x, y) =>
    x.at < y.at ? -1 : x.at > y.at ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  );
}
