import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import { VerdictError } from '../domain/problem';
import type { DocumentJson } from '../domain/types';
import { createArticle } from './articles';
import { addClaimComment, deleteClaimComment, editClaimComment } from './claim-comments';
import { createClaim } from './claims';
import { db } from './database';
import { saveReviewerSettings } from './settings';

const DOC: DocumentJson = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Le budget a doublé.' }] }],
};

const reviewer = (reviewerName: string) =>
  saveReviewerSettings({ reviewerName, organisationName: '', organisationUrl: '' });

async function aClaim() {
  const article = await createArticle({ ...emptyArticleMeta(), title: 'Budget' }, DOC);
  const anchor = { exact: 'budget', prefix: 'Le ', suffix: ' a', start: 3, end: 9 };
  return createClaim(article.id, anchor, 'disputed');
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof VerdictError ? [error.code, error.data] : error),
  );

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('claim comments', () => {
  it('posts, edits and deletes one’s own comments without touching the claim’s content', async () => {
    await reviewer('Ana');
    const claim = await aClaim();
    await addClaimComment(claim.id, '  Source ?  ', 'c1');
    await addClaimComment(claim.id, 'Vu le rapport.', 'c2');
    let stored = (await db.claims.get(claim.id))!;
    expect(stored.comments.map((c) => [c.id, c.by, c.text, c.editedAt])).toEqual([
      ['c1', 'Ana', 'Source ?', ''],
      ['c2', 'Ana', 'Vu le rapport.', ''],
    ]);
    expect([stored.rev, stored.log, stored.updatedAt]).toEqual([
      claim.rev,
      claim.log,
      claim.updatedAt,
    ]);

    await editClaimComment(claim.id, 'c1', 'Source : rapport 2025');
    await deleteClaimComment(claim.id, 'c2');
    stored = (await db.claims.get(claim.id))!;
    expect(stored.comments[0]).toMatchObject({ text: 'Source : rapport 2025' });
    expect(stored.comments[0]!.editedAt).not.toBe('');
    expect(stored.comments[1]).toMatchObject({ id: 'c2', text: '' });
    expect(stored.comments[1]!.editedAt >= stored.comments[1]!.at).toBe(true);
  });

  it('refuses another reviewer’s comment, an empty one, and a reviewer without a name', async () => {
    await reviewer('Ana');
    const claim = await aClaim();
    await addClaimComment(claim.id, 'À vérifier', 'c1');
    await reviewer('Bo');
    expect(await refusal(editClaimComment(claim.id, 'c1', 'Non'))).toEqual([
      'comment-not-yours',
      { name: 'Ana' },
    ]);
    expect(await refusal(deleteClaimComment(claim.id, 'c1'))).toEqual([
      'comment-not-yours',
      { name: 'Ana' },
    ]);
    expect(await refusal(addClaimComment(claim.id, '   '))).toEqual(['comment-empty', {}]);
    expect(await refusal(addClaimComment('nope', 'Bonjour'))).toEqual(['claim-missing', {}]);
    await reviewer('');
    expect(await refusal(addClaimComment(claim.id, 'Anonyme'))).toEqual([
      'reviewer-name-missing',
      {},
    ]);
    expect((await db.claims.get(claim.id))!.comments.map((c) => c.text)).toEqual(['À vérifier']);
  });
});
