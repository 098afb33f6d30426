import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordChange } from '../claims/change-log';
import { makeArticle, makeClaim } from '../test-data/exchange';
import type { ChangedField, Claim } from '../types';
import { settleSyncedClaim } from './sync-fork';
import { SYNC_MERGE_REASON } from './sync-graph';

const RUNS = { numRuns: 300 };
const T0 = Date.parse('2024-03-02T09:00:00.000Z');
const article = makeArticle({ id: 'art', paragraphs: ['Le chômage a baissé de 12 % en un an.'] });
const base = makeClaim(article, 'baissé de 12 %', { id: 'c1' });
const FIELDS = ['verdict', 'note', 'claimant', 'tags'] as const;
const VALUES = {
  verdict: ['unverified', 'confirmed', 'disputed'],
  note: ['', 'vu', 'faux'],
  claimant: ['', 'Insee', 'le ministre'],
  tags: [[], ['emploi'], ['chiffres']],
} as const;

const editArb = fc.record({
  field: fc.constantFrom(...FIELDS),
  value: fc.constantFrom(0, 1, 2),
  gap: fc.integer({ min: 1, max: 120_000 }),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

/** A member's copy after their edits, each recorded as the app records it. */
function edited(claim: Claim, edits: Edit[], by: string, t0: number): Claim {
  let t = t0;
  return edits.reduce((copy, edit, n) => {
    t += edit.gap;
    const at = new Date(t).toISOString();
    return recordChange(
      copy,
      { [edit.field]: VALUES[edit.field][edit.value] },
      {
        by,
        at,
        rev: `${by}-${n}`,
      },
    );
  }, claim);
}

/**
 * What Yjs makes of members' copies of one claim: the log entries each added after the common
 * ones, in the order given, and for every field the value of one of the copies (Yjs picks by
 * an order of its own; `pick` stands for it).
 */
function yjsMerge(common: Claim, copies: Claim[], pick: number[]): Claim {
  const added = copies.flatMap((copy) => copy.log.slice(common.log.length));
  const merged: Record<string, unknown> = { ...common, log: [...common.log, ...added] };
  const keys = [...FIELDS, 'rev', 'updatedAt', 'updatedBy'] as const;
  keys.forEach((key, i) => {
    const setters = copies.filter(
      (copy) => JSON.stringify(copy[key]) !== JSON.stringify(common[key]),
    );
    if (setters.length > 0) merged[key] = setters[pick[i]! % setters.length]![key];
  });
  return merged as unknown as Claim;
}

const content = (claim: Claim) => FIELDS.map((field) => claim[field]);
const changed = (from: Claim, to: Claim, field: ChangedField) =>
  JSON.stringify(from[field]) !== JSON.stringify(to[field]);

const scenario = fc
  .record({
    shared: fc.array(editArb, { maxLength: 3 }),
    members: fc.array(fc.array(editArb, { maxLength: 4 }), { minLength: 2, maxLength: 3 }),
    offsets: fc.array(fc.integer({ min: -300_000, max: 300_000 }), { minLength: 3, maxLength: 3 }),
    pick: fc.array(fc.nat(5), { minLength: 7, maxLength: 7 }),
  })
  .map(({ shared, members, offsets, pick }) => {
    const common = edited(base, shared, 'Camille', T0);
    const start = Date.parse(common.updatedAt);
    const names = ['Ana', 'Bo', 'Chloé'];
    const copies = members.map((edits, i) => edited(common, edits, names[i]!, start + offsets[i]!));
    return { common, copies, pick };
  });

/** Settles until nothing is left to settle (a member storing what it settled). */
function settled(claim: Claim): Claim {
  return settleSyncedClaim(claim) ?? claim;
}

describe('settling changes members made apart', () => {
  it('settles the same way whatever order the log and Yjs gave, and only once', () => {
    fc.assert(
      fc.property(scenario, ({ common, copies, pick }) => {
        const one = settled(yjsMerge(common, copies, pick));
        const other = settled(yjsMerge(common, copies.toReversed(), pick.toReversed()));
        expect(content(other)).toEqual(content(one));
        expect(other.rev).toBe(one.rev);
        // The join's entry itself is the same, so that the log keeps it once.
        const entry = (claim: Claim) => claim.log.find((c) => c.rev === claim.rev);
        expect(entry(other)).toEqual(entry(one));
        expect(new Set(other.log.map((c) => c.rev))).toEqual(new Set(one.log.map((c) => c.rev)));
        // Settled is settled: storing it and reading it again changes nothing.
        expect(settleSyncedClaim(one)).toBeNull();
      }),
      RUNS,
    );
  });

  it('keeps what one member changed, and the newer of values changed on both sides', () => {
    fc.assert(
      fc.property(scenario, ({ common, copies, pick }) => {
        const result = settled(yjsMerge(common, copies, pick));
        const apart = copies.filter((copy) => copy.rev !== common.rev);
        const entry = result.log.at(-1)!;
        if (apart.length < 2) {
          expect(result.log.some((c) => c.reason === SYNC_MERGE_REASON)).toBe(false);
          return;
        }
        expect(entry).toMatchObject({ kind: 'merge', reason: SYNC_MERGE_REASON });
        expect([...entry.absorbed!].sort()).toEqual(apart.map((copy) => copy.rev).sort());
        for (const field of FIELDS) {
          const changers = apart.filter((copy) => changed(common, copy, field));
          const values = new Set(changers.map((copy) => JSON.stringify(copy[field])));
          if (changers.length === 0) expect(result[field]).toEqual(common[field]);
          if (values.size === 1) expect(result[field]).toEqual(changers[0]![field]);
          // A conflict: every value not kept is in the entry, going to the value kept.
          const lost = entry.fields.filter((f) => f.field === field);
          expect(lost.length).toBe(Math.max(values.size - 1, 0));
          for (const f of lost) expect(f.after).toEqual(result[field]);
          const all = new Set([
            ...lost.map((f) => JSON.stringify(f.before)),
            JSON.stringify(result[field]),
          ]);
          if (values.size > 1) expect(all).toEqual(values);
          // The value kept is the one changed last (at the same time, at the greater revision).
          const last = (copy: Claim) =>
            copy.log.findLast((c) => c.fields.some((f) => f.field === field))!;
          const newest = changers.reduce((a, b) => {
            const [x, y] = [last(a), last(b)];
            return x.at > y.at || (x.at === y.at && x.rev > y.rev) ? a : b;
          }, changers[0]!);
          if (values.size > 1) expect(result[field]).toEqual(newest[field]);
        }
      }),
      RUNS,
    );
  });

  it('leaves alone a claim that members changed one after the other', () => {
    fc.assert(
      fc.property(scenario, ({ common, copies }) => {
        // Each member starts from the copy of the one before: a chain, as when online.
        const chain = copies.reduce((claim, copy, i) => {
          const edits = copy.log.slice(common.log.length);
          return edits.reduce(
            (c, e) =>
              recordChange(c, Object.fromEntries(e.fields.map((f) => [f.field, f.after])), {
                by: e.by,
                at: e.at,
                rev: `${e.rev}-${i}`,
              }),
            claim,
          );
        }, common);
        expect(settleSyncedClaim(chain)).toBeNull();
      }),
      RUNS,
    );
  });
});
