import { beforeEach, describe, expect, it } from 'vitest';
import { FIVE_RATING_SCALE } from '../domain/claims/ratings';
import { sampleArticle, sampleBundle, sampleClaims } from '../domain/test-data/exchange';
import { db } from './database';
import { checkImportFile } from './importer';
import { saveRatingScale } from './rating-settings';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

beforeEach(async () => {
  await db.delete();
  await db.open();
});

// Unit tests have no Worker: the importer's handler runs on the page, as it does in a browser
// that refuses to start a worker.
describe('checkImportFile without workers', () => {
  it('checks a bundle, reports its stages, and applies its plan on the word', async () => {
    const article = sampleArticle();
    const claims = sampleClaims(article);
    const bundle = await sampleBundle();
    const stages: string[] = [];
    const check = await checkImportFile(bytesOf(JSON.stringify(bundle)), (s) => stages.push(s));
    expect(stages).toEqual(['checking', 'comparing']);
    expect(check).toMatchObject({ kind: 'bundle', exportedBy: 'Camille' });
    if (check.kind !== 'bundle') return;
    expect(check.summary.claims.new).toBe(claims.length);
    expect(await db.claims.count()).toBe(0);
    await check.apply();
    expect(await db.claims.count()).toBe(claims.length);
    expect(await db.articles.get(article.id)).toMatchObject({ title: article.title });
  });

  it('refuses a file that is not JSON, with its place, and writes nothing', async () => {
    const check = await checkImportFile(bytesOf('{ "format": '), () => undefined);
    expect(check.kind).toBe('invalid');
    if (check.kind === 'invalid') expect(check.problems[0]).toMatch(/not JSON/);
    expect(await db.articles.count()).toBe(0);
  });

  it('lists the ratings our scale lacks and applies the chosen mapping', async () => {
    await saveRatingScale(FIVE_RATING_SCALE);
    const bundle = await sampleBundle();
    const [first, second, ...rest] = bundle.claims;
    const spin = {
      ...FIVE_RATING_SCALE.ratings[3]!,
      id: 'spin',
      names: { en: 'Spin', fr: 'Biais' },
    };
    const file = {
      ...bundle,
      claims: [
        { ...first!, rating: 'spin', verdict: 'unverified' },
        { ...second!, rating: 'spin', verdict: 'disputed' },
        ...rest,
      ],
      ratingScale: { id: 'custom', ratings: [spin] },
    };
    const check = await checkImportFile(bytesOf(JSON.stringify(file)), () => undefined);
    if (check.kind !== 'bundle') throw new Error(check.kind);
    expect(check.unknownRatings).toMatchObject([
      { id: 'spin', count: 2, rating: { names: { en: 'Spin' } }, proposed: 'missing-context' },
    ]);
    await check.apply({}, { spin: 'false' });
    expect(await db.claims.get(first!.id)).toMatchObject({ rating: 'false', verdict: 'disputed' });
    expect(await db.claims.get(second!.id)).toMatchObject({ rating: 'false', verdict: 'disputed' });
  });
});
