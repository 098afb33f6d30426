import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { describeAnchor } from '../anchoring/describe-anchor';
import { newClaim } from '../claims/claim';
import { makeArticle } from '../test-data/exchange';
import { applyPlanToSnapshot, planMerge, type Snapshot } from './plan';
import type { Article, Claim, Tombstone, Verdict } from '../types';

const RUNS = { numRuns: 150 };
const WORDS = [
  'le',
  'ministre',
  'annonce',
  'une',
  'baisse',
  'du',
  'chômage',
  'selon',
  'les',
  'syndicats',
  'Bercy',
  'n’a',
  'pas',
  'demandé',
  'd’audit',
  'Cloudwatt',
  '«\u00a0non\u00a0»',
  'été',
];
const day = (n: number) => new Date(Date.UTC(2024, 0, 10 + n)).toISOString();
const verdict = fc.constantFrom<Verdict>('confirmed', 'disputed', 'unverified');

/** A claim on `length` words of an article made of `words`, from word `at` (wrapping). */
function claimOn(
  article: Article,
  words: string[],
  at: number,
  length: number,
  id: string,
  updatedAt: string,
): Claim {
  const first = at % words.length;
  const last = Math.min(words.length, first + length);
  const start = words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
  const end = start + words.slice(first, last).join(' ').length;
  const claim = newClaim({
    id,
    articleId: article.id,
    anchor: describeAnchor(article.text, start, end),
    verdict: 'unverified',
    by: 'A',
    at: day(0),
  });
  return { ...claim, updatedAt };
}

function articleOf(id: string, words: string[], updatedAt: string): Article {
  return makeArticle({
    id,
    sourceUrl: `https://example.fr/${id}`,
    paragraphs: [words.join(' ')],
    updatedAt,
  });
}

const claimSpec = fc.record({
  article: fc.nat(),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 4 }),
  day: fc.integer({ min: 1, max: 4 }),
  verdict,
});
const textSpec = fc.array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 20 });

/** The local side: one or two articles with claims and maybe a tombstone. */
const local = fc
  .record({
    texts: fc.array(textSpec, { minLength: 1, maxLength: 2 }),
    claims: fc.array(claimSpec, { maxLength: 6 }),
  })
  .map(({ texts, claims }) => {
    const articles = texts.map((words, i) => articleOf(`a${i}`, words, day(1)));
    return {
      texts,
      snapshot: {
        articles,
        claims: claims.map((spec, i) => {
          const n = spec.article % articles.length;
          return {
            ...claimOn(articles[n]!, texts[n]!, spec.at, spec.length, `c${i}`, day(spec.day)),
            verdict: spec.verdict,
          };
        }),
        tombstones: [] as Tombstone[],
      },
    };
  });

const claimChange = fc.record({
  action: fc.constantFrom('keep', 'edit', 'drop', 'delete'),
  shift: fc.integer({ min: -1, max: 1 }),
  verdict,
  note: fc.constantFrom('', 'vu', 'faux'),
});
const articleChange = fc.record({
  prepend: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
  cut: fc.nat(4),
  shift: fc.integer({ min: -1, max: 1 }),
});

type ArticleChange = typeof articleChange extends fc.Arbitrary<infer T> ? T : never;
type ClaimChange = typeof claimChange extends fc.Arbitrary<infer T> ? T : never;
type ClaimSpec = typeof claimSpec extends fc.Arbitrary<infer T> ? T : never;

/** Another copy of the local side, edited elsewhere: texts, claims, deletions, new claims. */
function edited(
  base: { texts: string[][]; snapshot: Snapshot },
  changes: {
    articles: (ArticleChange | undefined)[];
    claims: ClaimChange[];
    added: ClaimSpec[];
    prefix: string;
  },
  only: (claim: Claim, index: number) => boolean = () => true,
): Snapshot {
  const texts = base.texts.map((words, i) => {
    const change = changes.articles[i];
    return change
      ? [...change.prepend, ...words.slice(0, Math.max(3, words.length - change.cut))]
      : words;
  });
  const articles = base.snapshot.articles.map((article, i) => {
    const change = changes.articles[i];
    return change ? articleOf(article.id, texts[i]!, day(1 + change.shift)) : article;
  });
  const claims: Claim[] = [];
  const tombstones: Tombstone[] = [];
  base.snapshot.claims.forEach((claim, i) => {
    const change = changes.claims[i];
    if (!only(claim, i) || !change || change.action === 'keep') return void claims.push(claim);
    const at = day(Number(claim.updatedAt.slice(8, 10)) - 10 + change.shift);
    if (change.action === 'edit')
      claims.push({
        ...claim,
        verdict: change.verdict,
        note: change.note,
        updatedAt: at,
        updatedBy: 'B',
      });
    if (change.action === 'delete')
      tombstones.push({ id: claim.id, articleId: claim.articleId, deletedAt: at, deletedBy: 'B' });
  });
  changes.added.forEach((spec, i) => {
    const n = spec.article % articles.length;
    claims.push({
      ...claimOn(
        articles[n]!,
        texts[n]!,
        spec.at,
        spec.length,
        `${changes.prefix}${i}`,
        day(spec.day),
      ),
      verdict: spec.verdict,
    });
  });
  return { articles, claims, tombstones };
}

const merge = (into: Snapshot, from: Snapshot, now = day(30)) =>
  applyPlanToSnapshot(into, planMerge(into, from, { now, reanchor: locateAnchors }));

/** A snapshot with its lists in id order, to compare contents. */
function normal(snapshot: Snapshot): Snapshot {
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    articles: byId(snapshot.articles),
    claims: byId(snapshot.claims),
    tombstones: byId(snapshot.tombstones),
  };
}

const changes = (prefix: string, withArticles: boolean) =>
  fc.record({
    articles: withArticles
      ? fc.array(fc.option(articleChange, { nil: undefined }), { maxLength: 2 })
      : fc.constant<(ArticleChange | undefined)[]>([]),
    claims: fc.array(claimChange, { maxLength: 6 }),
    added: fc.array(claimSpec, { maxLength: 3 }),
    prefix: fc.constant(prefix),
  });

describe('merge properties', () => {
  it('is idempotent: merging the same file twice leaves what merging once left', () => {
    fc.assert(
      fc.property(local, changes('n', true), (base, change) => {
        const incoming = edited(base, change);
        const once = merge(base.snapshot, incoming, day(30));
        const plan = planMerge(once, incoming, { now: day(31), reanchor: locateAnchors });
        expect(plan.articles).toMatchObject({ new: [], updated: [] });
        expect(plan.claims).toMatchObject({ new: [], updated: [], deleted: [] });
        expect(plan.tombstones).toEqual([]);
        expect(normal(applyPlanToSnapshot(once, plan))).toEqual(normal(once));
      }),
      RUNS,
    );
  });

  it('is commutative for files that touch different claims', () => {
    fc.assert(
      fc.property(local, changes('na', false), changes('nb', false), (base, changeA, changeB) => {
        const a = edited(base, changeA, (_claim, i) => i % 2 === 0);
        const b = edited(base, changeB, (_claim, i) => i % 2 === 1);
        expect(normal(merge(merge(base.snapshot, a), b))).toEqual(
          normal(merge(merge(base.snapshot, b), a)),
        );
      }),
      RUNS,
    );
  });

  it('loses no claim: each is kept, or deleted by a newer tombstone', () => {
    fc.assert(
      fc.property(local, changes('n', true), (base, change) => {
        const incoming = edited(base, change);
        const after = merge(base.snapshot, incoming);
        const kept = new Set(after.claims.map((claim) => claim.id));
        const deletions = new Map(after.tombstones.map((t) => [t.id, t.deletedAt]));
        for (const claim of [...base.snapshot.claims, ...incoming.claims]) {
          if (!kept.has(claim.id)) expect(deletions.get(claim.id)! > claim.updatedAt).toBe(true);
        }
        expect(
          after.claims.every((claim) => after.articles.some((a) => a.id === claim.articleId)),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it('sets a text aside, never drops it', () => {
    fc.assert(
      fc.property(local, changes('n', true), (base, change) => {
        const incoming = edited(base, change);
        const after = merge(base.snapshot, incoming);
        for (const article of after.articles) {
          const texts = [article.text, ...article.textHistory.map((version) => version.text)];
          for (const side of [base.snapshot, incoming]) {
            expect(texts).toContain(side.articles.find((a) => a.id === article.id)!.text);
          }
        }
      }),
      RUNS,
    );
  });
});
