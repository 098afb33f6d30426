import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendChange, type ClaimChange } from '../claims/change-log';
import { diverge, relate, type Lineage } from './lineage';

const FIELDS = ['verdict', 'note', 'tags', 'claimant'] as const;

/** One edit: a field and the value it sets (a small alphabet, so that sides collide). */
const editArb = fc.record({
  field: fc.constantFrom(...FIELDS),
  value: fc.constantFrom('a', 'b', 'c'),
  by: fc.constantFrom('Ana', 'Bo'),
  gap: fc.integer({ min: 0, max: 120_000 }),
});
type Edit = { field: (typeof FIELDS)[number]; value: string; by: string; gap: number };

let counter = 0;

/** A copy of the claim after applying edits to another copy (each edit a new revision). */
function apply(from: Lineage & { values: Record<string, string> }, edits: Edit[], t0: number) {
  let { log, rev } = from;
  const values = { ...from.values };
  let t = t0;
  for (const edit of edits) {
    t += edit.gap;
    if (values[edit.field] === edit.value) continue;
    rev = `r${++counter}`;
    const change: ClaimChange = {
      kind: 'edit',
      at: new Date(t).toISOString(),
      by: edit.by,
      fields: [{ field: edit.field, before: values[edit.field], after: edit.value }],
      rev,
    };
    values[edit.field] = edit.value;
    log = appendChange(log, change);
    rev = log.at(-1)!.rev;
  }
  return { rev, log, values };
}

const origin = () => {
  const rev = `r${++counter}`;
  const values = { verdict: 'a', note: 'a', tags: 'a', claimant: 'a' };
  const created: ClaimChange = {
    kind: 'create',
    at: new Date(0).toISOString(),
    by: 'Ana',
    fields: [],
    rev,
  };
  return { rev, log: [created], values };
};

describe('lineage of two copies edited apart', () => {
  it('diverge exactly when both sides made revisions, and conflict on fields both changed apart', () => {
    fc.assert(
      fc.property(
        fc.array(editArb, { maxLength: 4 }),
        fc.array(editArb, { maxLength: 6 }),
        fc.array(editArb, { maxLength: 6 }),
        (common, mine, theirs) => {
          const base = apply(origin(), common, 1_000);
          const local = apply(base, mine, 10_000_000);
          const incoming = apply(base, theirs, 20_000_000);
          // A side changed when it made a new revision since the common one.
          const localChanged = local.rev !== base.rev;
          const incomingChanged = incoming.rev !== base.rev;
          const relation = relate(local, incoming);
          // Mirror images from either side.
          const mirror = {
            same: 'same',
            'local-ahead': 'incoming-ahead',
            'incoming-ahead': 'local-ahead',
            diverged: 'diverged',
          } as const;
          expect(relate(incoming, local)).toBe(mirror[relation]);
          if (!localChanged && !incomingChanged) expect(relation).toBe('same');
          if (localChanged && !incomingChanged) expect(relation).toBe('local-ahead');
          if (incomingChanged && !localChanged) expect(relation).toBe('incoming-ahead');
          if (localChanged && incomingChanged) expect(relation).toBe('diverged');
          if (relation !== 'diverged') return;
          const found = diverge(local, incoming);
          const conflicting = new Set(found.conflicting);
          expect(new Set(diverge(incoming, local).conflicting)).toEqual(conflicting);
          const touchedIn = (changes: ClaimChange[]) =>
            new Set(changes.flatMap((c) => c.fields.map((f) => f.field)));
          for (const field of FIELDS) {
            const apart = local.values[field] !== incoming.values[field];
            const bothMoved =
              local.values[field] !== base.values[field] &&
              incoming.values[field] !== base.values[field];
            // Complete: both sides ended at other values than the common one, and apart.
            if (bothMoved && apart) expect(conflicting).toContain(field);
            // Sound: a conflict is a field both logs changed since the common revision, apart.
            if (conflicting.has(field)) {
              expect(apart).toBe(true);
              expect(touchedIn(found.local)).toContain(field);
              expect(touchedIn(found.incoming)).toContain(field);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is the same copy to itself', () => {
    const copy = apply(origin(), [{ field: 'note', value: 'b', by: 'Ana', gap: 1 }], 0);
    expect(relate(copy, copy)).toBe('same');
    expect(diverge(copy, copy)).toMatchObject({ local: [], incoming: [], conflicting: [] });
  });
});
