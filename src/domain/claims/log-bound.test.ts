import { describe, expect, it } from 'vitest';
import { recordChange } from './change-log';
import { newClaim } from './claim';
import { compactLog, COMPACTED_REASON } from './log-bound';
import { stateAtRevision } from './state-at-revision';
import type { Claim, Verdict } from '../types';

const START = newClaim({
  id: 'c1',
  articleId: 'a1',
  anchor: { exact: 'Bercy', prefix: '', suffix: '', start: 0, end: 5 },
  verdict: 'unverified',
  by: 'Camille',
  at: '2026-12-01T10:00:00.000Z',
});
const VERDICTS: Verdict[] = ['disputed', 'confirmed'];

/** The claim after `count` verdict changes by Bao, one minute apart. */
function edited(count: number): Claim {
  let claim = START;
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.parse(START.createdAt) + (i + 1) * 60_000).toISOString();
    claim = recordChange(claim, { verdict: VERDICTS[i % 2] }, { by: 'Bao', at, rev: `r${i}` });
  }
  return claim;
}

describe('compactLog', () => {
  it('leaves a log within its bound as it is', () => {
    expect(compactLog(edited(3).log, 10)).toEqual(edited(3).log);
  });

  it('folds the oldest changes after the creation into one, keeping their revisions', () => {
    const claim = edited(12);
    const log = compactLog(claim.log, 5);
    expect(log).toHaveLength(5);
    expect(log[0]).toEqual(claim.log[0]);
    expect(log.slice(2)).toEqual(claim.log.slice(-3));
    expect(log[1]).toMatchObject({
      kind: 'edit',
      rev: 'r8',
      reason: COMPACTED_REASON,
      fields: [{ field: 'verdict', before: 'unverified', after: 'disputed' }],
      absorbed: ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'],
    });
  });
});

describe('stateAtRevision', () => {
  it('gives the fields to change to go back to a revision of the log', () => {
    const claim = recordChange(
      edited(2),
      { tags: ['Budget'] },
      {
        by: 'Alix',
        at: '2026-12-01T11:00:00.000Z',
        rev: 'r-tags',
      },
    );
    expect(stateAtRevision(claim, 'r0')).toEqual({ verdict: 'disputed', tags: [] });
    expect(stateAtRevision(claim, 'c1')).toEqual({ verdict: 'unverified', tags: [] });
    expect(stateAtRevision(claim, 'r-tags')).toEqual({});
    expect(stateAtRevision(claim, 'elsewhere')).toBeUndefined();
  });

  it('never brings back whether the words were found', () => {
    const orphan = recordChange(
      START,
      { orphanedAt: '2026-12-01T11:00:00.000Z' },
      {
        by: 'Bao',
        at: '2026-12-01T11:00:00.000Z',
        rev: 'r-orphan',
      },
    );
    expect(stateAtRevision(orphan, 'c1')).toEqual({});
  });
});
