import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import type { Anchor, DocumentJson } from '../domain/types';
import { searchArticleIds } from './library-index';
import { createArticle, deleteArticle, updateArticleMeta } from './articles';
import { createClaim, updateClaim } from './claims';
import { listAllClaims, listTags } from './claims-query';
import { db } from './database';

const doc = (text: string): DocumentJson => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const anchor = (exact: string, start: number): Anchor => ({
  exact,
  prefix: '',
  suffix: '',
  start,
  end: start + exact.length,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('listAllClaims', () => {
  it('lists every claim with its article, articles by title, claims by position', async () => {
    const b = await createArticle({ ...emptyArticleMeta(), title: 'Bercy' }, doc('un deux trois'));
    const a = await createArticle({ ...emptyArticleMeta(), title: 'audit' }, doc('quatre cinq'));
    await createClaim(b.id, anchor('trois', 8), 'disputed');
    await createClaim(b.id, anchor('un', 0), 'confirmed');
    await createClaim(a.id, anchor('cinq', 7), 'unverified');
    const all = await listAllClaims();
    expect(all.map((row) => [row.article.title, row.claim.anchor.exact])).toEqual([
      ['audit', 'cinq'],
      ['Bercy', 'un'],
      ['Bercy', 'trois'],
    ]);
    expect(all[0]!.article).toEqual({ id: a.id, title: 'audit' });
  });

  it('is empty for an empty library', async () => {
    expect(await listAllClaims()).toEqual([]);
  });
});

describe('listTags', () => {
  it('gives each tag once, sorted', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'A' }, doc('un deux'));
    const one = await createClaim(a.id, anchor('un', 0), 'confirmed');
    const two = await createClaim(a.id, anchor('deux', 3), 'confirmed');
    expect(await listTags()).toEqual([]);
    await updateClaim(one.id, { tags: ['santé', 'économie'] });
    await updateClaim(two.id, { tags: ['économie', 'audit'] });
    expect(await listTags()).toEqual(['audit', 'économie', 'santé']);
  });
});

describe('searchArticleIds', () => {
  it('finds articles by title, publisher and text, and follows their changes', async () => {
    const a = await createArticle(
      { ...emptyArticleMeta(), title: 'Cloudwatt', publisher: 'L’Usine' },
      doc('Bercy a demandé un audit.'),
    );
    const b = await createArticle({ ...emptyArticleMeta(), title: 'Piscine' }, doc('Travaux.'));
    expect(await searchArticleIds('demande')).toEqual(new Set([a.id]));
    expect(await searchArticleIds("l'usine cloudwatt")).toEqual(new Set([a.id]));
    expect(await searchArticleIds('')).toEqual(new Set([a.id, b.id]));
    expect(await searchArticleIds('absent')).toEqual(new Set());
    await updateArticleMeta(b.id, { publisher: 'Le Monde' });
    expect(await searchArticleIds('monde')).toEqual(new Set([b.id]));
    await deleteArticle(b.id);
    expect(await searchArticleIds('')).toEqual(new Set([a.id]));
  });
});
