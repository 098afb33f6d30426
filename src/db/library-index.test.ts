import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import type { DocumentJson, Verdict } from '../domain/types';
import { createArticle, deleteArticle, updateArticleMeta } from './articles';
import { createClaim } from './claims';
import { db } from './database';
import { readPairVerdicts, readSearchWords } from './library-cache';
import { libraryAgreement } from './library-index';
import type { LibraryIndexResponse } from './library-index.protocol';
import { serveLibraryIndex } from './library-index.worker';
import { saveReviewerSettings } from './settings';

const TEXT = 'Un deux trois quatre cinq six sept huit neuf dix.';
const doc = (text: string): DocumentJson => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function judge(articleId: string, by: string, start: number, end: number, verdict: Verdict) {
  await saveReviewerSettings({ reviewerName: by, organisationName: '', organisationUrl: '' });
  const anchor = { exact: TEXT.slice(start, end), prefix: '', suffix: '', start, end };
  return createClaim(articleId, anchor, verdict);
}

/** The library index worker as a new page starts it: nothing in memory, what is kept on disk. */
function newPage() {
  let heard: (response: LibraryIndexResponse) => void = () => undefined;
  const cleanups: (() => void)[] = [];
  let changes = 0;
  const ask = serveLibraryIndex(
    (response) => (response.kind === 'agreement-changed' ? changes++ : heard(response)),
    (cleanup) => cleanups.push(cleanup),
  );
  let serial = 0;
  const request = (kind: 'search' | 'agreement', query = '') =>
    new Promise<LibraryIndexResponse>((resolve) => {
      heard = resolve;
      ask(kind === 'search' ? { kind, serial: ++serial, query } : { kind, serial: ++serial });
    });
  return {
    search: async (query: string) => {
      const response = await request('search', query);
      if (response.kind !== 'found') throw new Error(response.kind);
      return response.ids;
    },
    agreement: async () => {
      const response = await request('agreement');
      if (response.kind !== 'agreement') throw new Error(response.kind);
      return response.figures;
    },
    changes: () => changes,
    close: () => cleanups.forEach((cleanup) => cleanup()),
  };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await Dexie.delete(`${db.name}-search`);
});

/** The cache as another program would open it, to change what is kept behind the worker. */
function openCache(): Dexie {
  const cache = new Dexie(`${db.name}-search`);
  cache.version(2).stores({ articles: 'id', agreement: 'id' });
  return cache;
}

describe('the library search’s kept words', () => {
  it('are kept for the next page, used while their article is unchanged, made again after', async () => {
    const a = await createArticle(
      { ...emptyArticleMeta(), title: 'Cloudwatt' },
      doc('« Bercy » n’a pas demandé d’audit.'),
    );
    expect(await newPage().search('AUDIT')).toEqual([a.id]);
    const kept = await readSearchWords(db.name);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.words).toMatch(/^cloudwatt "bercy" n'a pas demande d'audit\.?$/);

    // A new page answers from the kept words, without folding the article again.
    const cache = openCache();
    await cache.table('articles').update(a.id, { words: 'mot-marque' });
    expect(await newPage().search('marque')).toEqual([a.id]);

    // Once the article changes, its words are made again from it.
    await updateArticleMeta(a.id, { title: 'Cloudwatt, la suite' });
    const page = newPage();
    expect(await page.search('marque')).toEqual([]);
    expect(await page.search('suite audit')).toEqual([a.id]);

    // A deleted article's words are forgotten.
    await deleteArticle(a.id);
    expect(await page.search('')).toEqual([]);
    expect(await readSearchWords(db.name)).toEqual([]);
    cache.close();
  });
});

describe('the library’s agreement', () => {
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

  it('is summed from pairs kept per article, read again only where an article changed', async () => {
    const first = await createArticle({ ...emptyArticleMeta(), title: 'Un' }, doc(TEXT));
    const second = await createArticle({ ...emptyArticleMeta(), title: 'Deux' }, doc(TEXT));
    await judge(first.id, 'Ana', 0, 7, 'confirmed');
    await judge(first.id, 'Bo', 0, 7, 'confirmed');
    await judge(second.id, 'Ana', 8, 13, 'disputed');
    await judge(second.id, 'Cy', 8, 13, 'disputed');
    const both = [
      { reviewers: ['Ana', 'Bo'], shared: 1, agreeing: 1, kappa: null },
      { reviewers: ['Ana', 'Cy'], shared: 1, agreeing: 1, kappa: null },
    ];
    expect(await newPage().agreement()).toEqual(both);
    expect((await readPairVerdicts(db.name)).map((row) => row.pairs)).toHaveLength(2);

    // A new page sums what is kept: a kept entry changed behind it shows, unread from claims.
    const cache = openCache();
    await cache
      .table('agreement')
      .update(second.id, { pairs: [['Ana', 'Cy', 'disputed', 'confirmed']] });
    expect((await newPage().agreement())[1]).toMatchObject({ shared: 1, agreeing: 0 });

    // A claim written through the app moves its article's stamp: that article is read again.
    await judge(second.id, 'Bo', 8, 13, 'confirmed');
    const figures = await newPage().agreement();
    expect(figures.map((f) => [f.reviewers, f.shared, f.agreeing])).toEqual([
      [['Ana', 'Bo'], 2, 1],
      [['Ana', 'Cy'], 1, 1],
      [['Bo', 'Cy'], 1, 0],
    ]);

    // A deleted article's pairs are forgotten.
    await deleteArticle(second.id);
    expect(await newPage().agreement()).toEqual([both[0]]);
    expect((await readPairVerdicts(db.name)).map((row) => row.id)).toEqual([first.id]);
    cache.close();
  });

  it('forgets what it kept of an article whose claims are written, on any path', async () => {
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Un' }, doc(TEXT));
    await judge(article.id, 'Ana', 0, 7, 'confirmed');
    const bo = await judge(article.id, 'Bo', 0, 7, 'confirmed');
    expect(await newPage().agreement()).toMatchObject([{ shared: 1, agreeing: 1 }]);
    // As a sync settlement or an import writes a claim, with no library index running: the
    // article's stamp stays, and the next page must not sum what was kept before the write.
    await db.claims.put({ ...(await db.claims.get(bo.id))!, verdict: 'disputed' });
    await expect.poll(() => readPairVerdicts(db.name)).toEqual([]);
    expect(await newPage().agreement()).toMatchObject([{ shared: 1, agreeing: 0 }]);
    // A deletion too.
    await db.claims.delete(bo.id);
    await expect.poll(() => readPairVerdicts(db.name)).toEqual([]);
    expect(await newPage().agreement()).toEqual([]);
  });

  it('makes again what an earlier version of the pairs kept', async () => {
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Un' }, doc(TEXT));
    await judge(article.id, 'Ana', 0, 7, 'confirmed');
    await judge(article.id, 'Bo', 0, 7, 'disputed');
    expect(await newPage().agreement()).toMatchObject([{ shared: 1, agreeing: 0 }]);
    const cache = openCache();
    await cache.table('agreement').update(article.id, {
      version: 0,
      pairs: [['Ana', 'Bo', 'confirmed', 'confirmed']],
    });
    expect(await newPage().agreement()).toMatchObject([{ shared: 1, agreeing: 0 }]);
    cache.close();
  });

  it('follows claim writes that leave their article’s stamp as it is', async () => {
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Un' }, doc(TEXT));
    await judge(article.id, 'Ana', 0, 7, 'confirmed');
    const bo = await judge(article.id, 'Bo', 0, 7, 'confirmed');
    const page = newPage();
    expect(await page.agreement()).toMatchObject([{ shared: 1, agreeing: 1 }]);
    // As a sync settlement writes a claim: the article's record is not touched.
    const stamp = (await db.articles.get(article.id))!.updatedAt;
    await db.claims.put({ ...(await db.claims.get(bo.id))!, verdict: 'disputed' });
    expect((await db.articles.get(article.id))!.updatedAt).toBe(stamp);
    // The page hears that it should ask again.
    await expect.poll(() => page.changes()).toBeGreaterThan(0);
    expect(await page.agreement()).toMatchObject([{ shared: 1, agreeing: 0 }]);
    page.close();
  });
});
