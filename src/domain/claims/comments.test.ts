import { describe, expect, it } from 'vitest';
import {
  addComment,
  commentProblem,
  deleteComment,
  editComment,
  unionComments,
  visibleComments,
  type ClaimComment,
} from './comments';

const c = (id: string, by: string, at: string, text = id, editedAt = ''): ClaimComment => ({
  id,
  by,
  at: `2026-12-01T${at}:00.000Z`,
  text,
  editedAt,
});

describe('a claim discussion', () => {
  it('refuses empty and overlong comments', () => {
    expect(commentProblem('  ')).toEqual({ code: 'comment-empty' });
    expect(commentProblem('x'.repeat(5001))?.code).toBe('comment-too-long');
    expect(commentProblem('« Source ? »')).toBeNull();
  });

  it('keeps comments oldest first, trimmed', () => {
    const thread = addComment([c('b', 'Bo', '10:05')], {
      ...c('a', 'Ana', '10:00'),
      text: ' Vu. ',
    });
    expect(thread.map((x) => [x.id, x.text])).toEqual([
      ['a', 'Vu.'],
      ['b', 'b'],
    ]);
  });

  it('lets only the author edit or delete a comment', () => {
    const thread = [c('a', 'Ana', '10:00')];
    expect(editComment(thread, 'a', 'Corrigé', 'Bo', 'now')).toEqual({
      code: 'comment-not-yours',
      data: { name: 'Ana' },
    });
    expect(editComment(thread, 'a', ' Corrigé ', ' ana', '2026-12-01T11:00:00.000Z')).toEqual([
      { ...thread[0], text: 'Corrigé', editedAt: '2026-12-01T11:00:00.000Z' },
    ]);
    const at = '2026-12-01T12:00:00.000Z';
    expect(deleteComment(thread, 'a', 'Bo', at)).toMatchObject({ code: 'comment-not-yours' });
    expect(deleteComment(thread, 'z', 'Ana', at)).toEqual({ code: 'comment-missing' });
  });

  it('leaves a deleted comment as a tombstone that an older copy cannot bring back', () => {
    const thread = [c('a', 'Ana', '10:00'), c('b', 'Bo', '10:01')];
    const at = '2026-12-01T12:00:00.000Z';
    const deleted = deleteComment(thread, 'a', 'Ana', at) as ClaimComment[];
    expect(deleted[0]).toEqual({ ...thread[0], text: '', editedAt: at });
    expect(visibleComments(deleted).map((x) => x.id)).toEqual(['b']);
    expect(editComment(deleted, 'a', 'Encore', 'Ana', at)).toEqual({ code: 'comment-missing' });
    expect(deleteComment(deleted, 'a', 'Ana', at)).toEqual({ code: 'comment-missing' });
    const edited = editComment(thread, 'a', 'Plus tôt', 'Ana', '2026-12-01T11:00:00.000Z');
    for (const joined of [
      unionComments(deleted, thread),
      unionComments(thread, deleted),
      unionComments(edited as ClaimComment[], deleted),
      unionComments(deleted, edited as ClaimComment[]),
    ]) {
      expect(visibleComments(joined).map((x) => x.id)).toEqual(['b']);
    }
  });

  it('joins two copies, keeping the later edit, whatever the order', () => {
    const mine = [c('a', 'Ana', '10:00', 'v1'), c('b', 'Bo', '10:01')];
    const theirs = [
      c('a', 'Ana', '10:00', 'v2', '2026-12-01T12:00:00.000Z'),
      c('d', 'Cy', '09:59'),
    ];
    const joined = unionComments(mine, theirs);
    expect(joined.map((x) => [x.id, x.text])).toEqual([
      ['d', 'd'],
      ['a', 'v2'],
      ['b', 'b'],
    ]);
    expect(unionComments(theirs, mine)).toEqual(joined);
    expect(unionComments(joined, joined)).toEqual(joined);
  });
});
