import { beforeEach, describe, expect, it } from 'vitest';
import { makeArticle, makeClaim } from '../domain/test-data/exchange';
import { db } from './database';
import { getSecondReviewerRule, saveSecondReviewerRule } from './settings';

const ARTICLE = makeArticle({ id: 'a1', paragraphs: ['Un deux trois quatre.'] });

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.articles.put(ARTICLE);
});

describe('the second-reviewer rule', () => {
  it('is off for one person working alone, on once a second reviewer made claims', async () => {
    await db.claims.put(makeClaim(ARTICLE, 'Un', { id: 'c1', createdBy: 'Alix' }));
    await db.claims.put(makeClaim(ARTICLE, 'deux', { id: 'c2', createdBy: ' alix ' }));
    expect(await getSecondReviewerRule()).toBe(false);
    await db.claims.put(makeClaim(ARTICLE, 'trois', { id: 'c3', createdBy: 'Bao' }));
    expect(await getSecondReviewerRule()).toBe(true);
  });

  it('keeps the choice made in Settings, whoever made the claims', async () => {
    await db.claims.put(makeClaim(ARTICLE, 'Un', { id: 'c1', createdBy: 'Alix' }));
    await db.claims.put(makeClaim(ARTICLE, 'deux', { id: 'c2', createdBy: 'Bao' }));
    await saveSecondReviewerRule(false);
    expect(await getSecondReviewerRule()).toBe(false);
    await saveSecondReviewerRule(true);
    await db.claims.clear();
    expect(await getSecondReviewerRule()).toBe(true);
  });
});
