import { describe, expect, it } from 'vitest';
import { appendChange, changedFields, TYPING_PAUSE_MS, type ClaimChange } from './change-log';

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
