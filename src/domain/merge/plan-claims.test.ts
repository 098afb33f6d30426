import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { makeArticle, makeClaim, makeTombstone } from '../test-data/exchange';
import { claimVersion } from '../claims/claim';
import { planMerge, type Snapshot } from './plan';
import { unionHistory } from './claims';
import type { Claim, ClaimVersion } from '../types';

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
        unchanged: 1,
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
