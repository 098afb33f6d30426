import { beforeEach, describe, expect, it } from 'vitest';
import { recordChange } from '../domain/claims/change-log';
import { FIVE_RATING_SCALE } from '../domain/claims/ratings';
import { buildBundle, withoutTextHash } from '../domain/exchange/bundle';
import { makeClaim, sampleArticle, sampleBundle, sampleClaims } from '../domain/test-data/exchange';
import { db } from './database';
import { checkImportFile } from './importer';
import { saveRatingScale } from './rating-settings';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

/** How many times the library's tables were read whole (`readSnapshot`), since last reset. */
const wholeReads = { count: 0 };
db.use({
  stack: 'dbcore',
  name: 'counting-reads',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        query: (request) => {
          if (['articles', 'claims', 'tombstones'].includes(name)) wholeReads.count++;
          return table.query(request);
        },
      };
    },
  }),
});

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

  it('writes the plan it checked when the library did not change, without reading it again', async () => {
    const bundle = await sampleBundle();
    const check = await checkImportFile(bytesOf(JSON.stringify(bundle)), () => undefined);
    if (check.kind !== 'bundle') throw new Error(check.kind);
    wholeReads.count = 0;
    await check.apply({ rule: 'newer', choices: {}, accept: [] }, {});
    expect(wholeReads.count).toBe(0);
    expect(await db.claims.count()).toBe(bundle.claims.length);
  });

  it('plans again when the library changed after the check, and keeps that change', async () => {
    const bundle = await sampleBundle();
    const check = await checkImportFile(bytesOf(JSON.stringify(bundle)), () => undefined);
    if (check.kind !== 'bundle') throw new Error(check.kind);
    expect(check.summary.claims.new).toBe(bundle.claims.length);
    // Meanwhile, another tab stores the article and edits one of its claims further.
    const [first] = bundle.claims;
    const edited = recordChange(
      first!,
      { note: 'Revu ici pendant l’aperçu.' },
      { by: 'Dominique', at: '2024-03-11T09:00:00.000Z', rev: 'here-1' },
    );
    await db.articles.put(withoutTextHash(bundle.articles[0]!));
    await db.claims.put(edited);
    wholeReads.count = 0;
    await check.apply();
    expect(wholeReads.count).toBeGreaterThan(0);
    expect(await db.claims.get(first!.id)).toMatchObject({ note: 'Revu ici pendant l’aperçu.' });
    expect(await db.claims.count()).toBe(bundle.claims.length);
  });

  it('hands the preview each group’s first page, and the next pages on demand', async () => {
    const article = sampleArticle();
    const claims = Array.from({ length: 120 }, (_, i) =>
      makeClaim(article, 'Pierre Paperon', {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      }),
    );
    const bundle = await buildBundle({
      articles: [article],
      claims,
      tombstones: [],
      exportedBy: 'Camille',
      now: '2024-03-10T00:00:00.000Z',
    });
    const check = await checkImportFile(bytesOf(JSON.stringify(bundle)), () => undefined);
    if (check.kind !== 'bundle') throw new Error(check.kind);
    const { summary, readRows } = check;
    expect(summary.claims.new).toBe(120);
    expect(summary.groups.new.map((row) => row.id)).toEqual(claims.slice(0, 50).map((c) => c.id));
    expect(summary.groups.unchanged).toEqual([]);
    expect(summary.titles).toEqual({ [article.id]: article.title });
    const second = await readRows('new', 50, 100);
    expect(second.rows.map((row) => row.id)).toEqual(claims.slice(50, 100).map((c) => c.id));
    expect(second.titles).toEqual({ [article.id]: article.title });
    const [third, empty] = await Promise.all([
      readRows('new', 100, 150),
      readRows('deleted', 0, 50),
    ]);
    expect(third.rows.map((row) => row.id)).toEqual(claims.slice(100).map((c) => c.id));
    expect(empty).toEqual({ rows: [], titles: {} });
    await check.apply();
    expect(await db.claims.count()).toBe(120);
    // Applied, the importer is gone: its plan can no longer be read.
    await expect(readRows('new', 0, 50)).rejects.toMatchObject({ code: 'nothing-to-import' });
  });
});
