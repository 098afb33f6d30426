import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { recordChange } from '../claims/change-log';
import { sameClaimContent } from '../claims/claim';
import { makeArticle, makeClaim } from '../test-data/exchange';
import { applyPlanToSnapshot, planMerge, type Snapshot } from './plan';
import { resolveClaim, type ConflictRule } from './claims';
import type { Claim } from '../types';

const RUNS = { numRuns: 300 };
const NOW = '2024-06-01T00:00:00.000Z';
const T0 = Date.parse('2024-03-02T09:00:00.000Z');
const article = makeArticle({ id: 'art', paragraphs: ['Le chômage a baissé de 12 % en un an.'] });
const base = makeClaim(article, 'baissé de 12 %', { id: 'c1' });

/** One edit: a field and the value it sets (few values, so that sides collide), and a pause. */
const editArb = fc.record({
  field: fc.constantFrom('verdict', 'note', 'claimant', 'tags'),
  value: fc.constantFrom(0, 1, 2),
  gap: fc.integer({ min: 1, max: 120_000 }),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

const VALUES = {
  verdict: ['unverified', 'confirmed', 'disputed'],
  note: ['', 'vu', 'faux'],
  claimant: ['', 'Insee', 'le ministre'],
  tags: [[], ['emploi'], ['chiffres']],
} as const;

/** A copy after `edits` by one person, each recorded (typing coalesces as in the app). */
function edited(claim: Claim, edits: Edit[], by: string, t0: number, revs: { n: number }): Claim {
  let t = t0;
  return edits.reduce((copy, edit) => {
    t += edit.gap;
    const at = new Date(t).toISOString();
    const value = VALUES[edit.field][edit.value];
    return recordChange(copy, { [edit.field]: value }, { by, at, rev: `${by}-${++revs.n}` });
  }, claim);
}

/** A common past, then each side's edits since (by other people, at interleaved times). */
const scenario = fc
  .record({
    shared: fc.array(editArb, { maxLength: 3 }),
    mine: fc.array(editArb, { maxLength: 4 }),
    theirs: fc.array(editArb, { maxLength: 4 }),
    offset: fc.integer({ min: -300_000, max: 300_000 }),
    rule: fc.constantFrom<ConflictRule>('newer', 'local', 'incoming'),
  })
  .map(({ shared, mine, theirs, offset, rule }) => {
    const revs = { n: 0 };
    const common = edited(base, shared, 'Camille', T0, revs);
    const start = Date.parse(common.updatedAt);
    return {
      common,
      local: edited(common, mine, 'Alice', start, revs),
      incoming: edited(common, theirs, 'Bruno', start + offset, revs),
      rule,
    };
  });

const flip = (rule: ConflictRule): ConflictRule =>
  rule === 'local' ? 'incoming' : rule === 'incoming' ? 'local' : 'newer';
const resolve = (local: Claim, incoming: Claim, rule: ConflictRule = 'newer') =>
  resolveClaim(local, incoming, { now: NOW, rule });
const snapshot = (claims: Claim[]): Snapshot => ({ articles: [article], claims, tombstones: [] });
const plan = (local: Claim[], incoming: Claim[], rule: ConflictRule = 'newer') =>
  planMerge(snapshot(local), snapshot(incoming), {
    now: NOW,
    by: 'Importer',
    reanchor: locateAnchors,
    resolution: { rule },
  });

describe('merging two copies of a claim', () => {
  it('reports a conflict exactly when both sides changed it since the common version', () => {
    fc.assert(
      fc.property(scenario, ({ common, local, incoming }) => {
        const bothChanged = local.rev !== common.rev && incoming.rev !== common.rev;
        const expected = bothChanged && !sameClaimContent(local, incoming);
        expect(resolve(local, incoming).conflict).toBe(expected);
        expect(plan([local], [incoming]).claims.conflicts).toBe(expected ? 1 : 0);
      }),
      RUNS,
    );
  });

  it('is commutative: either side importing the other reaches the same claim', () => {
    fc.assert(
      fc.property(scenario, ({ local, incoming, rule }) => {
        // Copies at one revision are one version: who saved it last is each side's own.
        const saved = local.rev === incoming.rev ? ['updatedAt', 'updatedBy'] : [];
        const version = (claim: Claim) =>
          Object.fromEntries(Object.entries(claim).filter(([key]) => !saved.includes(key)));
        const here = resolve(local, incoming, rule).claim;
        const there = resolve(incoming, local, flip(rule)).claim;
        expect(version(there)).toEqual(version(here));
        const after = applyPlanToSnapshot(snapshot([local]), plan([local], [incoming], rule));
        const mirror = plan([incoming], [local], flip(rule));
        const mirrored = applyPlanToSnapshot(snapshot([incoming]), mirror).claims;
        expect(mirrored.map(version)).toEqual(after.claims.map(version));
      }),
      RUNS,
    );
  });

  it('is idempotent: importing the same file again changes nothing', () => {
    fc.assert(
      fc.property(scenario, ({ local, incoming, rule }) => {
        const once = applyPlanToSnapshot(snapshot([local]), plan([local], [incoming], rule));
        const again = plan(once.claims, [incoming], rule);
        expect(again.claims).toMatchObject({ new: [], updated: [], conflicts: 0, deleted: [] });
        expect(again.rows.map((row) => row.status)).toEqual(['unchanged']);
      }),
      RUNS,
    );
  });

  it('converges: after both sides import each other, a further exchange finds nothing', () => {
    fc.assert(
      fc.property(scenario, ({ local, incoming }) => {
        const here = applyPlanToSnapshot(snapshot([local]), plan([local], [incoming])).claims;
        const there = applyPlanToSnapshot(snapshot([incoming]), plan([incoming], here)).claims;
        const back = plan(here, there);
        expect(back.claims.conflicts).toBe(0);
        expect(back.rows.map((row) => row.status)).toEqual(['unchanged']);
        expect(there[0]!.rev).toBe(here[0]!.rev);
      }),
      RUNS,
    );
  });
});
