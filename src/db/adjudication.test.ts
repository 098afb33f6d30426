import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import { VerdictError } from '../domain/problem';
import type { DocumentJson } from '../domain/types';
import { adjudicateClaims } from './adjudication';
import { createArticle } from './articles';
import { addClaimComment } from './claim-comments';
import { createClaim, deleteClaim } from './claims';
import { db } from './database';
import { saveReviewerSettings } from './settings';

const TEXT = 'Le chômage a baissé de 12 % en un an.';
const DOC: DocumentJson = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: TEXT }] }],
};
const reviewer = (reviewerName: string) =>
  saveReviewerSettings({ reviewerName, organisationName: '', organisationUrl: '' });
const anchor = (start: number, end: number) => ({
  exact: TEXT.slice(start, end),
  prefix: TEXT.slice(0, start),
  suffix: TEXT.slice(end),
  start,
  end,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

/** Ana and Bo judged "baissé de 12 %" differently; Eve adjudicates. */
async function disagreement() {
  const article = await createArticle({ ...emptyArticleMeta(), title: 'Chômage' }, DOC);
  await reviewer('Ana');
  const ana = await createClaim(article.id, anchor(12, 26), 'confirmed');
  await reviewer('Bo');
  const bo = await createClaim(article.id, anchor(15, 26), 'disputed');
  await addClaimComment(bo.id, 'Les chiffres de l’Insee disent 8 %.', 'k1');
  await reviewer('Eve');
  return { article, ana, bo };
}

describe('adjudicateClaims', () => {
  it('keeps one claim with the verdict, logs both verdicts and deletes the other with a tombstone', async () => {
    const { article, ana, bo } = await disagreement();
    await adjudicateClaims(ana.id, [bo.id], 'disputed');
    const claims = await db.claims.where('articleId').equals(article.id).toArray();
    expect(claims.map((c) => [c.id, c.verdict, c.updatedBy])).toEqual([
      [ana.id, 'disputed', 'Eve'],
    ]);
    const entry = claims[0]!.log.at(-1)!;
    expect(entry).toMatchObject({
      kind: 'merge',
      by: 'Eve',
      fields: [{ field: 'verdict', before: 'confirmed', after: 'disputed' }],
      reason: 'adjudication of Ana: confirmed; Bo: disputed',
    });
    expect(claims[0]!.rev).toBe(entry.rev);
    expect(claims[0]!.comments.map((c) => c.id)).toEqual(['k1']);
    expect(await db.tombstones.get(bo.id)).toMatchObject({
      articleId: article.id,
      deletedBy: 'Eve',
    });
  });

  it('writes nothing when one of the claims is gone', async () => {
    const { article, ana, bo } = await disagreement();
    await deleteClaim(bo.id);
    const error = await adjudicateClaims(ana.id, [bo.id], 'disputed').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerdictError);
    expect((error as VerdictError).code).toBe('claim-missing');
    const stored = await db.claims.where('articleId').equals(article.id).toArray();
    expect(stored.map((c) => [c.id, c.verdict, c.log.length])).toEqual([[ana.id, 'confirmed', 1]]);
  });
});
