import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import type { DocumentJson } from '../domain/types';
import { readSearchWords } from './article-search-cache';
import type { ArticleSearchResponse } from './article-search.protocol';
import { searchArticles } from './article-search.worker';
import { createArticle, deleteArticle, updateArticleMeta } from './articles';
import { db } from './database';

const doc = (text: string): DocumentJson => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** A search worker as a new page starts it: nothing in memory, the kept words on disk. */
function newPageSearch(): (query: string) => Promise<string[]> {
  let heard: (response: ArticleSearchResponse) => void = () => undefined;
  const ask = searchArticles(
    (response) => heard(response),
    () => undefined,
  );
  let serial = 0;
  return (query) =>
    new Promise((resolve, reject) => {
      heard = (response) =>
        response.kind === 'found' ? resolve(response.ids) : reject(new Error(response.message));
      ask({ serial: ++serial, query });
    });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await Dexie.delete(`${db.name}-search`);
});

describe('the library search’s kept words', () => {
  it('are kept for the next page, used while their article is unchanged, made again after', async () => {
    const a = await createArticle(
      { ...emptyArticleMeta(), title: 'Cloudwatt' },
      doc('« Bercy » n’a pas demandé d’audit.'),
    );
    expect(await newPageSearch()('AUDIT')).toEqual([a.id]);
    const kept = await readSearchWords(db.name);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.words).toMatch(/^cloudwatt "bercy" n'a pas demande d'audit\.?$/);

    // A new page answers from the kept words, without folding the article again.
    const cache = new Dexie(`${db.name}-search`);
    cache.version(1).stores({ articles: 'id' });
    await cache.table('articles').update(a.id, { words: 'mot-marque' });
    expect(await newPageSearch()('marque')).toEqual([a.id]);

    // Once the article changes, its words are made again from it.
    await updateArticleMeta(a.id, { title: 'Cloudwatt, la suite' });
    const search = newPageSearch();
    expect(await search('marque')).toEqual([]);
    expect(await search('suite audit')).toEqual([a.id]);

    // A deleted article's words are forgotten.
    await deleteArticle(a.id);
    expect(await search('')).toEqual([]);
    expect(await readSearchWords(db.name)).toEqual([]);
    cache.close();
  });
});
