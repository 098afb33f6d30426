import { describe, expect, it } from 'vitest';
import {
  appendChange,
  changedFields,
  recordChange,
  TYPING_PAUSE_MS,
  type ClaimChange,
} from './change-log';
import { newClaim } from './claim';

const T0 = Date.parse('2026-12-01T21:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const edit = (by: string, ms: number, field: 'note' | 'verdict', before: string, after: string) =>
  ({
    kind: 'edit',
    at: at(ms),
    by,
    fields: [{ field, before, after }],
    rev: `r${ms}`,
  }) satisfies ClaimChange;

describe('changedFields', () => {
  it('lists only the fields whose values differ, deep values compared by content', () => {
    expect(
      changedFields(
        { verdict: 'disputed', note: 'a', tags: ['x'], evidence: [] },
        { verdict: 'confirmed', note: 'a', tags: ['x'], evidence: [] },
      ),
    ).toEqual([{ field: 'verdict', before: 'disputed', after: 'confirmed' }]);
  });
});

describe('appendChange', () => {
  it('coalesces one person typing in one field until a pause', () => {
    let log: ClaimChange[] = [];
    log = appendChange(log, edit('Ana', 0, 'note', '', 'L'));
    log = appendChange(log, edit('Ana', 1_000, 'note', 'L', 'L’a'));
    log = appendChange(log, edit('Ana', 2_000, 'note', 'L’a', 'L’audit'));
    expect(log).toEqual([
      { ...edit('Ana', 2_000, 'note', '', 'L’audit'), absorbed: ['r0', 'r1000'] },
    ]);
    log = appendChange(log, edit('Ana', 2_000 + TYPING_PAUSE_MS, 'note', 'L’audit', 'L’audit.'));
    expect(log).toHaveLength(2);
  });

  it('keeps separate entries for another person, another field, or a verdict', () => {
    let log: ClaimChange[] = [];
    log = appendChange(log, edit('Ana', 0, 'note', '', 'a'));
    log = appendChange(log, edit('Bo', 1, 'note', 'a', 'ab'));
    log = appendChange(log, edit('Bo', 2, 'verdict', 'disputed', 'confirmed'));
    log = appendChange(log, edit('Bo', 3, 'verdict', 'confirmed', 'disputed'));
    expect(log.map((c) => [c.by, c.fields[0]!.field])).toEqual([
      ['Ana', 'note'],
      ['Bo', 'note'],
      ['Bo', 'verdict'],
      ['Bo', 'verdict'],
    ]);
  });

  it('drops an entry typed back to where it started, and records no empty edit', () => {
    let log: ClaimChange[] = [edit('Ana', 0, 'verdict', 'unverified', 'disputed')];
    log = appendChange(log, edit('Ana', 1, 'note', 'x', 'xy'));
    log = appendChange(log, edit('Ana', 2, 'note', 'xy', 'x'));
    log = appendChange(log, { kind: 'edit', at: at(3), by: 'Ana', fields: [], rev: 'r3' });
    expect(log).toEqual([
      { ...edit('Ana', 0, 'verdict', 'unverified', 'disputed'), absorbed: ['r1', 'r2'] },
    ]);
  });
});

describe('recordChange', () => {
  const claim = newClaim({
    id: '5b1c9a4e-0d2f-4e6a-8b3c-7d9e1f2a3b4c',
    articleId: '9c2d8e1f-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
    anchor: { exact: 'Bercy', prefix: '', suffix: '', start: 0, end: 5 },
    verdict: 'unverified',
    by: 'Camille',
    at: '2026-12-01T10:00:00.000Z',
  });

  it('records what changed, from what to what, and moves the claim to the new revision', () => {
    const changed = recordChange(
      claim,
      { verdict: 'disputed', note: '' },
      { by: 'Léa', at: '2026-12-01T10:05:00.000Z', rev: 'r1' },
    );
    expect(changed.verdict).toBe('disputed');
    expect(changed.rev).toBe('r1');
    expect(changed.updatedBy).toBe('Léa');
    expect(changed.log).toHaveLength(2);
    expect(changed.log[1]).toEqual({
      kind: 'edit',
      at: '2026-12-01T10:05:00.000Z',
      by: 'Léa',
      fields: [{ field: 'verdict', before: 'unverified', after: 'disputed' }],
      rev: 'r1',
      from: claim.rev,
    });
  });

  it('records the revision each change was made from, typing from where it started', () => {
    const at = (ms: number) => new Date(Date.parse('2026-12-01T10:05:00.000Z') + ms).toISOString();
    const verdict = recordChange(
      claim,
      { verdict: 'disputed' },
      { by: 'Léa', at: at(0), rev: 'r1' },
    );
    let typed = recordChange(verdict, { note: 'L' }, { by: 'Léa', at: at(1_000), rev: 'r2' });
    typed = recordChange(typed, { note: 'L’audit' }, { by: 'Léa', at: at(2_000), rev: 'r3' });
    expect(typed.log.map((c) => [c.rev, c.from])).toEqual([
      [claim.rev, undefined],
      ['r1', claim.rev],
      ['r3', 'r1'],
    ]);
  });

  it('leaves the claim alone when an edit changes nothing, but always records a deletion', () => {
    const author = { by: 'Léa', at: '2026-12-01T10:05:00.000Z', rev: 'r1' };
    expect(recordChange(claim, { verdict: 'unverified' }, author)).toBe(claim);
    const deleted = recordChange(claim, {}, { ...author, kind: 'delete', reason: 'duplicate' });
    expect(deleted.log.at(-1)).toMatchObject({ kind: 'delete', reason: 'duplicate', rev: 'r1' });
    expect(deleted.rev).toBe('r1');
  });

  it('coalesces typing: one entry, the first value before, the latest after', () => {
    let typed = claim;
    ['B', 'Be', 'Ber'].forEach((note, i) => {
      typed = recordChange(
        typed,
        { note },
        {
          by: 'Léa',
          at: `2026-12-01T10:05:0${i}.000Z`,
          rev: `r${i + 1}`,
        },
      );
    });
    expect(typed.log).toHaveLength(2);
    expect(typed.log[1]!.fields).toEqual([{ field: 'note', before: '', after: 'Ber' }]);
    expect(typed.rev).toBe('r3');
    expect(typed.log[1]!.absorbed).toEqual(['r1', 'r2']);
  });
});
