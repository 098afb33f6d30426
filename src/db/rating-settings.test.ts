import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import { FIVE_RATING_SCALE, VERDICT_SCALE } from '../domain/claims/ratings';
import type { Bundle } from '../domain/exchange/bundle';
import type { Anchor, DocumentJson } from '../domain/types';
import { createArticle } from './articles';
import { createClaim, getClaim } from './claims';
import { db } from './database';
import { getRatingScale, ratingUse, saveRatingScale } from './rating-settings';
import { readBackupText } from './backup';

const backupOf = async (now: Date): Promise<Bundle> =>
  JSON.parse((await readBackupText(null, now)).join('')) as Bundle;

const DOC: DocumentJson = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Le chômage a baissé.' }] }],
};
const ANCHOR: Anchor = { exact: 'chômage', prefix: 'Le ', suffix: ' a', start: 3, end: 10 };

beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function article(): Promise<string> {
  const created = await createArticle({ ...emptyArticleMeta(), title: 'Emploi' }, DOC);
  return created.id;
}

describe('the stored rating scale', () => {
  it('is the three verdicts until one is saved, then the one saved', async () => {
    expect(await getRatingScale()).toEqual(VERDICT_SCALE);
    await saveRatingScale(FIVE_RATING_SCALE);
    expect(await getRatingScale()).toEqual(FIVE_RATING_SCALE);
  });

  it('refuses a scale with a problem, keeping the one stored', async () => {
    await saveRatingScale(FIVE_RATING_SCALE);
    const broken = { id: 'custom', ratings: [{ ...FIVE_RATING_SCALE.ratings[0]!, colour: 'x' }] };
    await expect(saveRatingScale(broken)).rejects.toMatchObject({ code: 'rating-colour' });
    expect(await getRatingScale()).toEqual(FIVE_RATING_SCALE);
  });

  it('stores a claim made with a rating and counts the ratings in use', async () => {
    const articleId = await article();
    const claim = await createClaim(articleId, ANCHOR, 'disputed', 'c1', 'misleading');
    expect((await getClaim(claim.id))?.rating).toBe('misleading');
    expect(await ratingUse()).toEqual(new Map([['misleading', 1]]));
  });

  it('refuses to remove a rating in use without a replacement', async () => {
    await saveRatingScale(FIVE_RATING_SCALE);
    await createClaim(await article(), ANCHOR, 'disputed', 'c1', 'misleading');
    await expect(saveRatingScale(VERDICT_SCALE)).rejects.toMatchObject({
      code: 'rating-in-use',
      data: { name: 'Misleading' },
    });
    expect(await getRatingScale()).toEqual(FIVE_RATING_SCALE);
    expect((await getClaim('c1'))?.rating).toBe('misleading');
  });

  it('gives the claims of a removed rating its replacement and verdict in the same write', async () => {
    await saveRatingScale(FIVE_RATING_SCALE);
    const articleId = await article();
    await createClaim(articleId, ANCHOR, 'disputed', 'c1', 'misleading');
    await createClaim(articleId, ANCHOR, 'disputed', 'c2', 'false');
    const smaller = {
      id: 'custom',
      ratings: FIVE_RATING_SCALE.ratings.filter((r) => r.id !== 'misleading' && r.id !== 'false'),
    };
    await saveRatingScale(smaller, { misleading: 'true', false: '' });
    expect(await getRatingScale()).toEqual(smaller);
    expect(await getClaim('c1')).toMatchObject({ rating: 'true', verdict: 'confirmed' });
    expect(await getClaim('c2')).toMatchObject({ rating: '', verdict: 'disputed' });
  });

  it('travels in backups and bundles once it is not the default', async () => {
    const now = new Date('2024-03-05T10:00:00.000Z');
    expect((await backupOf(now)).ratingScale).toBeUndefined();
    await saveRatingScale(FIVE_RATING_SCALE);
    expect((await backupOf(now)).ratingScale).toEqual(FIVE_RATING_SCALE);
  });
});
