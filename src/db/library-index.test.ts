import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import type { DocumentJson, Verdict } from '../domain/types';
import { libraryAgreement } from './agreement-figures';
import { createArticle } from './articles';
import { createClaim } from './claims';
import { db } from './database';
import { saveReviewerSettings } from './settings';

const TEXT = 'Un deux trois quatre cinq six sept huit neuf dix.';
const doc = (text: string): DocumentJson => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function judge(articleId: string, by: string, start: number, end: number, verdict: Verdict) {
  await saveReviewerSettings({ reviewerName: by, organisationName: '', organisationUrl: '' });
  const anchor = { exact: TEXT.slice(start, end), prefix: '', suffix: '', start, end };
  await createClaim(articleId, anchor, verdict);
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('libraryAgreement', () => {
  it('pairs judgements within each article, never across articles', async () => {
    const first = await createArticle({ ...emptyArticleMeta(), title: 'Un' }, doc(TEXT));
    const second = await createArticle({ ...emptyArticleMeta(), title: 'Deux' }, doc(TEXT));
    await judge(first.id, 'Ana', 0, 7, 'confirmed');
    await judge(first.id, 'Bo', 3, 7, 'confirmed');
    await judge(first.id, 'Ana', 14, 25, 'disputed');
    await judge(first.id, 'Bo', 14, 25, 'confirmed');
    // Same offsets, another article: not the same words.
    await judge(second.id, 'Bo', 0, 7, 'disputed');
    // Ana (C, D) against Bo (C, C): po = 1/2, pe = (1/2)(2/2) + (1/2)(0/2) = 1/2, κ = 0.
    expect(await libraryAgreement()).toEqual([
      { reviewers: ['Ana', 'Bo'], shared: 2, agreeing: 1, kappa: 0 },
    ]);
  });
});
