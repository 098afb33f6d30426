import { describe, expect, it } from 'vitest';
import { recordChange } from '../claims/change-log';
import { makeArticle, makeClaim } from '../test-data/exchange';
import type { Claim } from '../types';
import { openConflicts, settlesReason, takeValue } from './sync-conflicts';
import { settleSyncedClaim } from './sync-fork';

const article = makeArticle({ id: 'art', paragraphs: ['Le pont a coûté 14 millions.'] });
const base = makeClaim(article, '14 millions', { id: 'c1', reviewState: 'in-review' });
const at = (minute: number) => `2026-12-01T10:0${minute}:00.000Z`;

/** Ana's and Bo's copies side by side, as Yjs merges them, then settled. */
function joined(ana: Claim, bo: Claim): Claim {
  const log = [...ana.log, ...bo.log.slice(base.log.length)];
  return settleSyncedClaim({ ...bo, log })!;
}

describe('open conflicts', () => {
  const ana = recordChange(base, { verdict: 'disputed' }, { by: 'Ana', at: at(1), rev: 'a1' });
  const bo = recordChange(base, { verdict: 'confirmed' }, { by: 'Bo', at: at(2), rev: 'b1' });
  const claim = joined(ana, bo);
  const [conflict] = openConflicts(claim);

  it('name both values, who set each and when', () => {
    expect(openConflicts(claim)).toEqual([
      {
        join: claim.rev,
        field: 'verdict',
        kept: { value: 'confirmed', by: 'Bo', at: at(2) },
        lost: [{ value: 'disputed', by: 'Ana', at: at(1) }],
      },
    ]);
  });

  it('close when a person takes a value or keeps the values', () => {
    const author = { by: 'Chloé', at: at(5), rev: 'x1', kind: 'merge' as const };
    const taken = recordChange(claim, takeValue(claim, conflict!, 'disputed'), {
      ...author,
      reason: settlesReason(conflict!.join),
    });
    expect(taken.verdict).toBe('disputed');
    expect(openConflicts(taken)).toEqual([]);
    const kept = recordChange(claim, {}, { ...author, reason: settlesReason(conflict!.join) });
    expect(kept.verdict).toBe('confirmed');
    expect(openConflicts(kept)).toEqual([]);
    // A later change to the field by anyone settles it too.
    const edited = recordChange(
      claim,
      { verdict: 'unverified' },
      { by: 'Ana', at: at(6), rev: 'a2' },
    );
    expect(openConflicts(edited)).toEqual([]);
  });

  it('take an approval back with who approved and when', () => {
    const approving = recordChange(
      base,
      { reviewState: 'approved', approvedBy: 'Ana', approvedAt: at(1) },
      { by: 'Ana', at: at(1), rev: 'a1' },
    );
    const noting = recordChange(
      base,
      { note: 'Selon la mairie' },
      { by: 'Bo', at: at(2), rev: 'b1' },
    );
    const both = joined(approving, noting);
    expect(both).toMatchObject({ reviewState: 'in-review', note: 'Selon la mairie' });
    const [state] = openConflicts(both);
    expect(state).toMatchObject({ field: 'reviewState', lost: [{ value: 'approved', by: 'Ana' }] });
    expect(takeValue(both, state!, 'approved')).toEqual({
      reviewState: 'approved',
      approvedBy: 'Ana',
      approvedAt: at(1),
    });
  });
});
