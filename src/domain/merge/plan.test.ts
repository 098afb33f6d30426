import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { docOf, makeArticle, makeClaim, makeTombstone } from '../test-data/exchange';
import { claimVersion } from '../claims/claim';
import { applyPlanToSnapshot, planMerge, type Snapshot } from './plan';
import { unionHistory } from './claims';
import type { Article, Claim, ClaimVersion } from '../types';

const NOW = '2024-04-01T12:00:00.000Z';
const T1 = '2024-03-01T10:00:00.000Z';
const T2 = '2024-03-02T10:00:00.000Z';
const T3 = '2024-03-03T10:00:00.000Z';
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

describe('planMerge, claims', () => {
  const edited = (overrides: Partial<Claim>): Claim => ({ ...claim, ...overrides });
  const version = (c: Claim, because: string): ClaimVersion => claimVersion(c, because);

  it.each([
    ['the same content, saved later', edited({ updatedAt: T2 }), { unchanged: 1 }],
    [
      'a newer incoming version',
      edited({ verdict: 'disputed', updatedAt: T2 }),
      {
        updated: [
          edited({ verdict: 'disputed', updatedAt: T2, history: [version(claim, 'import merge')] }),
        ],
      },
    ],
    [
      'an older incoming version',
      edited({ verdict: 'disputed', updatedAt: '2024-02-01T00:00:00.000Z' }),
      {
        updated: [
          edited({
            history: [
              version(
                edited({ verdict: 'disputed', updatedAt: '2024-02-01T00:00:00.000Z' }),
                'import merge',
              ),
            ],
          }),
        ],
      },
    ],
    [
      'the same time, other content',
      edited({ note: 'Autre avis' }),
      {
        conflicts: 1,
        updated: [
          edited({ history: [version(edited({ note: 'Autre avis' }), 'import conflict')] }),
        ],
      },
    ],
  ])('%s', (_label, incoming, expected) => {
    const plan = merge(snapshot([article], [claim]), snapshot([article], [incoming]));
    expect(plan.claims).toMatchObject({
      new: [],
      updated: [],
      unchanged: 0,
      conflicts: 0,
      deleted: [],
      ...expected,
    });
  });

  it('unions histories, each version once', () => {
    const v1 = version(edited({ note: 'v1', updatedAt: T1, updatedBy: 'A' }), 'edit');
    const v2 = version(edited({ note: 'v2', updatedAt: T2, updatedBy: 'B' }), 'edit');
    const local = edited({ note: 'v3', updatedAt: T3, history: [v1] });
    const incoming = edited({ note: 'v2', updatedAt: T2, updatedBy: 'B', history: [v1] });
    const [kept] = merge(snapshot([article], [local]), snapshot([article], [incoming])).claims
      .updated;
    expect(kept!.history).toEqual([{ ...v2, replacedBecause: 'import merge' }, v1]);
    expect(unionHistory([v2, v1], [v1, v2])).toEqual([v2, v1]);
  });

  it.each([
    [
      'a newer incoming tombstone deletes the local claim',
      [claim],
      [],
      [],
      [makeTombstone(claim, T2)],
      { deleted: ['c1'], tombstonesApplied: 1 },
      1,
    ],
    [
      'an older incoming tombstone is stored but deletes nothing',
      [claim],
      [],
      [],
      [makeTombstone(claim, '2024-02-01T00:00:00.000Z')],
      { deleted: [], tombstonesApplied: 0 },
      1,
    ],
    [
      'a local tombstone keeps an older claim out',
      [],
      [makeTombstone(claim, T2)],
      [claim],
      [],
      { new: [], tombstonesApplied: 1 },
      0,
    ],
    [
      'a local tombstone lets a claim edited later back in',
      [],
      [makeTombstone(claim, '2024-02-01T00:00:00.000Z')],
      [claim],
      [],
      { new: [claim], tombstonesApplied: 0 },
      0,
    ],
    [
      'a known tombstone is not stored again',
      [],
      [makeTombstone(claim, T2)],
      [],
      [makeTombstone(claim, T2)],
      { tombstonesApplied: 0 },
      0,
    ],
  ])(
    '%s',
    (
      _label,
      localClaims,
      localTombstones,
      incomingClaims,
      incomingTombstones,
      expected,
      stored,
    ) => {
      const plan = merge(
        snapshot([article], localClaims, localTombstones),
        snapshot([article], incomingClaims, incomingTombstones),
      );
      expect(plan.claims).toMatchObject(expected);
      expect(plan.tombstones).toHaveLength(stored);
    },
  );

  it('reports a claim whose article is on neither side', () => {
    const plan = merge(snapshot([]), snapshot([], [claim]));
    expect(plan.claims.new).toEqual([]);
    expect(plan.problems).toEqual(['claim c1: its article art is neither in the file nor here']);
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
