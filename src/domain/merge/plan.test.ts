import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { docOf, makeArticle, makeClaim, makeTombstone } from '../test-data/exchange';
import { applyPlanToSnapshot, planMerge, type Snapshot } from './plan';
import type { Article, Claim } from '../types';

const NOW = '2024-04-01T12:00:00.000Z';
const T1 = '2024-03-01T10:00:00.000Z';
const T2 = '2024-03-02T10:00:00.000Z';
const TEXT = [
  'Le ministre a annoncé mardi une baisse de 12 % du chômage.',
  'Les syndicats contestent ce chiffre.',
];
const article = makeArticle({
  id: 'art',
  sourceUrl: 'https://example.fr/a',
  paragraphs: TEXT,
  updatedAt: T1,
});
const claim = makeClaim(article, 'une baisse de 12 % du chômage', { id: 'c1', updatedAt: T1 });

const snapshot = (
  articles: Snapshot['articles'],
  claims: Claim[] = [],
  tombstones = [] as Snapshot['tombstones'],
): Snapshot => ({
  articles,
  claims,
  tombstones,
});
const merge = (local: Snapshot, incoming: Snapshot) =>
  planMerge(local, incoming, { now: NOW, reanchor: locateAnchors });
const withText = (paragraphs: string[], overrides: Partial<Article> = {}): Article => {
  const doc = docOf(paragraphs);
  return { ...article, doc, text: makeArticle({ paragraphs }).text, ...overrides };
};

describe('planMerge, articles', () => {
  it.each([
    ['a new article, with its claims', snapshot([]), [1, 0, 0], [1, 0, 0]],
    ['the same article', snapshot([article], [claim]), [0, 0, 1], [0, 0, 1]],
    [
      'the same text and URL under another id',
      snapshot([{ ...article, id: 'mine' }], [{ ...claim, articleId: 'mine' }]),
      [0, 0, 1],
      [0, 0, 1],
    ],
  ])('%s: [new, updated, unchanged] articles %j, claims %j', (_label, local, articles, claims) => {
    const plan = merge(local, snapshot([{ ...article, textHash: 'ab' }], [claim]));
    const counts = (part: { new: unknown[]; updated: unknown[]; unchanged: number }) => [
      part.new.length,
      part.updated.length,
      part.unchanged,
    ];
    expect(counts(plan.articles)).toEqual(articles);
    expect(counts(plan.claims)).toEqual(claims);
    expect(plan.articles.new.every((a) => !('textHash' in a))).toBe(true);
    expect(plan.problems).toEqual([]);
  });

  it('attaches claims of an article matched by URL and text to the local id', () => {
    const other = makeClaim(article, 'Les syndicats', { id: 'c2' });
    const plan = merge(snapshot([{ ...article, id: 'mine' }]), snapshot([article], [other]));
    expect(plan.claims.new).toEqual([{ ...other, articleId: 'mine' }]);
  });

  it('does not match the same URL with another text', () => {
    const plan = merge(
      snapshot([{ ...article, id: 'mine' }]),
      snapshot([withText(['Autre texte.'])]),
    );
    expect(plan.articles.new.map((a) => a.id)).toEqual(['art']);
  });

  it('takes newer metadata without touching the text history', () => {
    const plan = merge(
      snapshot([article]),
      snapshot([{ ...article, title: 'Nouveau titre', updatedAt: T2 }]),
    );
    expect(plan.articles.updated).toEqual([{ ...article, title: 'Nouveau titre', updatedAt: T2 }]);
  });

  it('keeps a newer incoming text, sets the local one aside and moves the local claims', () => {
    const edited = withText([`Selon l’Insee, ${TEXT[0]}`, TEXT[1]!], { updatedAt: T2 });
    const gone = makeClaim(article, 'Les syndicats contestent ce chiffre.', { id: 'c2' });
    const editedWithout = {
      ...edited,
      ...withText([`Selon l’Insee, ${TEXT[0]}`], { updatedAt: T2 }),
    };
    const plan = merge(snapshot([article], [claim, gone]), snapshot([editedWithout]));
    expect(plan.articles.updated).toEqual([
      {
        ...editedWithout,
        textHistory: [{ doc: article.doc, text: article.text, replacedAt: NOW }],
      },
    ]);
    const moved = plan.claims.updated.find((c) => c.id === 'c1')!;
    expect(moved.anchor.start).toBe(claim.anchor.start + 'Selon l’Insee, '.length);
    expect(moved.anchor.exact).toBe(claim.anchor.exact);
    expect(moved.updatedAt).toBe(claim.updatedAt);
    expect(plan.claims.updated.find((c) => c.id === 'c2')).toEqual({ ...gone, orphanedAt: NOW });
    expect(plan.claims.notFound).toBe(1);
  });

  it('keeps a newer local text and anchors the incoming claims in it', () => {
    const local = withText([`Selon l’Insee, ${TEXT[0]}`, TEXT[1]!], { updatedAt: T2 });
    const plan = merge(snapshot([local]), snapshot([article], [claim]));
    expect(plan.articles.updated[0]!.text).toBe(local.text);
    expect(plan.articles.updated[0]!.textHistory).toEqual([
      { doc: article.doc, text: article.text, replacedAt: NOW },
    ]);
    expect(plan.claims.new[0]!.anchor.start).toBe(claim.anchor.start + 'Selon l’Insee, '.length);
  });

  it('leaves an already orphaned claim alone when the text changes', () => {
    const orphan = { ...claim, orphanedAt: T1 };
    const plan = merge(
      snapshot([article], [orphan]),
      snapshot([withText(['Tout autre chose.'], { updatedAt: T2 })]),
    );
    expect(plan.claims.updated).toEqual([]);
    expect(plan.claims.notFound).toBe(0);
  });
});

describe('applyPlanToSnapshot', () => {
  it('puts new and updated rows, deletes and stores tombstones', () => {
    const other = makeClaim(article, 'Les syndicats', { id: 'c2' });
    const local = snapshot([article], [claim, other]);
    const incoming = snapshot(
      [{ ...article, title: 'Titre', updatedAt: T2 }],
      [
        { ...claim, verdict: 'confirmed', updatedAt: T2 },
        makeClaim(article, 'mardi', { id: 'c3' }),
      ],
      [makeTombstone(other, T2)],
    );
    const after = applyPlanToSnapshot(local, merge(local, incoming));
    expect(after.articles.map((a) => a.title)).toEqual(['Titre']);
    expect(after.claims.map((c) => [c.id, c.verdict])).toEqual([
      ['c1', 'confirmed'],
      ['c3', 'unverified'],
    ]);
    expect(after.tombstones).toEqual([makeTombstone(other, T2)]);
  });
});

describe('article tombstones', () => {
  it('keep a deleted article (and its claims) from coming back, and travel to the other side', () => {
    const article = makeArticle({ paragraphs: ['Cloudwatt aurait lui-même demandé son audit'] });
    const claims = [makeClaim(article, 'Cloudwatt')];
    const deletedAt = '2099-01-01T00:00:00.000Z';
    const tombstone = { id: article.id, articleId: article.id, deletedAt, deletedBy: 'Ana' };
    const reanchor = locateAnchors;
    // Here the article was deleted; the file still has it.
    const back = planMerge(
      { articles: [], claims: [], tombstones: [tombstone] },
      { articles: [article], claims, tombstones: [] },
      { now: deletedAt, reanchor },
    );
    expect(back.articles.new).toEqual([]);
    expect(back.claims.new).toEqual([]);
    // There the article is deleted; here it still is: the deletion travels.
    const travel = planMerge(
      { articles: [article], claims, tombstones: [] },
      { articles: [], claims: [], tombstones: [tombstone] },
      { now: deletedAt, reanchor },
    );
    expect(travel.articles.deleted).toEqual([article.id]);
    expect(travel.tombstones).toEqual([tombstone]);
  });
});
