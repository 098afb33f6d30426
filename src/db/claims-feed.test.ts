import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import type { Anchor, Claim, DocumentJson } from '../domain/types';
import { createArticle, deleteArticle } from './articles';
import { createClaim, deleteClaim, updateClaim } from './claims';
import { applyClaimsChange, ClaimsDiffer } from './claims-diff';
import { articleClaims, subscribeArticleClaims } from './claims-feed';
import { db } from './database';
import { mutatedClaimIds } from './mutated-claims';
import { RangeSet, type ObservabilitySet } from 'dexie';
import { newClaim } from '../domain/claims/claim';

const DOC: DocumentJson = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Bercy n’a pas demandé d’audit.' }] },
  ],
};
const anchor = (start: number, end: number): Anchor => ({
  exact: 'Bercy n’a pas demandé d’audit.'.slice(start, end),
  prefix: '',
  suffix: '',
  start,
  end,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

/** Resolves once the feed of `articleId` satisfies `ready`. */
function feedWhen(
  articleId: string,
  ready: (claims: readonly Claim[]) => boolean,
): Promise<readonly Claim[]> {
  return new Promise((resolve) => {
    const check = () => {
      const claims = articleClaims(articleId);
      if (claims && ready(claims)) {
        stop();
        resolve(claims);
      }
    };
    const stop = subscribeArticleClaims(articleId, check);
    check();
  });
}

describe('claims feed', () => {
  it('follows creations, edits and deletions, keeping unchanged claims as they were', async () => {
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Audit' }, DOC);
    const first = await createClaim(article.id, anchor(0, 5), 'disputed');
    const second = await createClaim(article.id, anchor(6, 13), 'unverified');
    const keepOpen = subscribeArticleClaims(article.id, () => undefined);
    const before = await feedWhen(article.id, (c) => c.length === 2);
    const untouched = before.find((c) => c.id === second.id)!;
    const edited = before.find((c) => c.id === first.id)!;

    await updateClaim(first.id, { verdict: 'confirmed', note: 'Démenti publié.' });
    const after = await feedWhen(article.id, (c) =>
      c.some((claim) => claim.id === first.id && claim.verdict === 'confirmed'),
    );
    expect(after.find((c) => c.id === second.id)).toBe(untouched);
    const changed = after.find((c) => c.id === first.id)!;
    expect(changed).not.toBe(edited);
    expect(changed.note).toBe('Démenti publié.');
    // A verdict change leaves the anchor object as it was: anchoring is not redone.
    expect(changed.anchor).toBe(edited.anchor);
    expect(Object.isFrozen(changed)).toBe(true);

    await deleteClaim(second.id);
    const left = await feedWhen(article.id, (c) => c.length === 1);
    expect(left.map((c) => c.id)).toEqual([first.id]);
    keepOpen();
  });

  it('starts undefined and gives the claims of that article only', async () => {
    const one = await createArticle({ ...emptyArticleMeta(), title: 'Un' }, DOC);
    const two = await createArticle({ ...emptyArticleMeta(), title: 'Deux' }, DOC);
    await createClaim(one.id, anchor(0, 5), 'disputed');
    await createClaim(two.id, anchor(6, 13), 'confirmed');
    expect(articleClaims(two.id)).toBeUndefined();
    const claims = await feedWhen(two.id, (c) => c.length > 0);
    expect(claims.map((c) => c.verdict)).toEqual(['confirmed']);
  });
});

describe('claims feed, bulk writes', () => {
  it('reads everything again after a bulk write and after the article is deleted', async () => {
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Audit' }, DOC);
    const keepOpen = subscribeArticleClaims(article.id, () => undefined);
    await feedWhen(article.id, (c) => c.length === 0);
    // 60 rows in one bulkPut: Dexie reports a range, not keys.
    const claims = Array.from({ length: 60 }, (_, i) =>
      newClaim({
        id: `c${i}`,
        articleId: article.id,
        anchor: anchor(0, 5),
        verdict: 'unverified',
        by: '',
        at: '2026-12-01T00:00:00.000Z',
      }),
    );
    await db.claims.bulkPut(claims);
    await feedWhen(article.id, (c) => c.length === 60);
    // Deleting the article deletes its 60 claims in one bulk delete.
    await deleteArticle(article.id);
    await feedWhen(article.id, (c) => c.length === 0);
    keepOpen();
  });
});

describe('mutatedClaimIds', () => {
  const keys = (...ids: string[]) => new RangeSet().addKeys(ids);
  it.each<{ name: string; parts: ObservabilitySet; ids: string[] | null }>([
    {
      name: 'claims written one by one',
      parts: { 'idb://verdict/claims/': keys('b', 'a') },
      ids: ['a', 'b'],
    },
    { name: 'no claim touched', parts: { 'idb://verdict/articles/': keys('x') }, ids: [] },
    { name: 'an empty set', parts: { 'idb://verdict/claims/': new RangeSet() }, ids: [] },
    {
      name: 'a range (bulk write)',
      parts: { 'idb://verdict/claims/': new RangeSet('a', 'z') },
      ids: null,
    },
    {
      name: 'everything (page shown again)',
      parts: { all: new RangeSet(-Infinity, [[]]) },
      ids: null,
    },
  ])('$name', ({ parts, ids }) => {
    const found = mutatedClaimIds(parts, 'verdict');
    expect(found === null ? null : [...found].sort()).toEqual(ids);
  });

  it('reads a tree that was structured-cloned (from another tab)', () => {
    const parts = structuredClone({ 'idb://verdict/claims/': keys('c', 'a', 'b', 'd') });
    expect(mutatedClaimIds(parts, 'verdict')!.sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('ClaimsDiffer', () => {
  const claim = (id: string, verdict: Claim['verdict'], start = 0): Claim =>
    ({ id, verdict, anchor: anchor(start, start + 5), note: '', tags: [] }) as unknown as Claim;

  it.each([
    {
      name: 'a first read adds everything',
      reads: [[claim('a', 'confirmed'), claim('b', 'disputed')]],
      last: { added: ['a', 'b'], changed: [], removed: [] },
    },
    {
      name: 'an identical read changes nothing',
      reads: [[claim('a', 'confirmed')], [claim('a', 'confirmed')]],
      last: { added: [], changed: [], removed: [] },
    },
    {
      name: 'a changed verdict hands over the verdict only',
      reads: [[claim('a', 'confirmed')], [claim('a', 'disputed')]],
      last: { added: [], changed: [{ id: 'a', fields: { verdict: 'disputed' } }], removed: [] },
    },
    {
      name: 'a moved anchor hands over the anchor only',
      reads: [[claim('a', 'confirmed', 0)], [claim('a', 'confirmed', 6)]],
      last: { added: [], changed: [{ id: 'a', fields: { anchor: anchor(6, 11) } }], removed: [] },
    },
    {
      name: 'a claim gone is removed',
      reads: [[claim('a', 'confirmed'), claim('b', 'confirmed')], [claim('b', 'confirmed')]],
      last: { added: [], changed: [], removed: ['a'] },
    },
  ])('$name', ({ reads, last }) => {
    const differ = new ClaimsDiffer('a');
    let change = differ.diff([]);
    for (const read of reads) change = differ.diff(read);
    expect({ ...change, added: change.added.map((c) => c.id) }).toEqual(last);
  });

  it('compares claims read again by id, a claim gone or moved elsewhere being removed', () => {
    const differ = new ClaimsDiffer('art');
    const mine = (id: string, verdict: Claim['verdict']) => ({
      ...claim(id, verdict),
      articleId: 'art',
    });
    differ.diff([mine('a', 'confirmed'), mine('b', 'confirmed'), mine('c', 'confirmed')]);
    const change = differ.diffSome(
      ['a', 'b', 'c', 'd'],
      [
        mine('a', 'disputed'),
        undefined,
        { ...mine('c', 'confirmed'), articleId: 'other' },
        mine('d', 'unverified'),
      ],
    );
    expect({ ...change, added: change.added.map((c) => c.id) }).toEqual({
      added: ['d'],
      changed: [{ id: 'a', fields: { verdict: 'disputed' } }],
      removed: ['b', 'c'],
    });
  });

  it('applies a change keeping unchanged fields and claims by identity', () => {
    const a = claim('a', 'confirmed');
    const b = claim('b', 'disputed');
    const next = applyClaimsChange(
      new Map([
        ['a', a],
        ['b', b],
      ]),
      {
        added: [claim('c', 'unverified')],
        changed: [{ id: 'a', fields: { verdict: 'disputed' } }],
        removed: ['b'],
      },
    );
    expect([...next.keys()]).toEqual(['a', 'c']);
    expect(next.get('a')!.verdict).toBe('disputed');
    expect(next.get('a')!.anchor).toBe(a.anchor);
  });
});
