import { describe, expect, it } from 'vitest';
import { newClaim } from './claim';
import {
  emptyUndoStack,
  recordOperation,
  takeRedo,
  takeUndo,
  UNDO_LIMIT,
  type UndoStack,
} from './undo-stack';

const base = newClaim({
  id: 'c1',
  articleId: 'a1',
  anchor: { exact: 'Bercy', prefix: '', suffix: '', start: 0, end: 5 },
  verdict: 'unverified',
  by: 'Ana',
  at: '2026-11-24T10:00:00.000Z',
});
const disputed = { ...base, verdict: 'disputed' as const };
const noted = { ...disputed, note: 'Démenti.' };

describe('undo stack', () => {
  it.each([
    ['create', null, base],
    ['verdict change', base, disputed],
    ['note edit', disputed, noted],
    ['delete', noted, null],
  ])('undoes then redoes a %s', (label, before, after) => {
    const stack = recordOperation(emptyUndoStack(), { label, before, after });
    const undo = takeUndo(stack)!;
    expect(undo.write).toEqual({ label, before: after, after: before });
    const redo = takeRedo(undo.stack)!;
    expect(redo.write).toEqual({ label, before, after });
    expect(redo.stack).toEqual(stack);
  });

  it('walks back through several operations in order, and forward again', () => {
    let stack: UndoStack = emptyUndoStack();
    stack = recordOperation(stack, { label: 'create', before: null, after: base });
    stack = recordOperation(stack, { label: 'verdict', before: base, after: disputed });
    stack = recordOperation(stack, { label: 'note', before: disputed, after: noted });
    const written: (string | null)[] = [];
    for (let step = takeUndo(stack); step; step = takeUndo(stack)) {
      written.push(
        step.write.after ? `${step.write.after.verdict}:${step.write.after.note}` : null,
      );
      stack = step.stack;
    }
    expect(written).toEqual(['disputed:', 'unverified:', null]);
    expect(takeUndo(stack)).toBeNull();
    for (let step = takeRedo(stack); step; step = takeRedo(stack)) stack = step.stack;
    expect(stack.done.map((o) => o.label)).toEqual(['create', 'verdict', 'note']);
  });

  it('forgets undone operations when a new one is recorded', () => {
    let stack = recordOperation(emptyUndoStack(), { label: 'a', before: null, after: base });
    stack = takeUndo(stack)!.stack;
    stack = recordOperation(stack, { label: 'b', before: null, after: disputed });
    expect(takeRedo(stack)).toBeNull();
  });

  it('keeps at most UNDO_LIMIT operations', () => {
    let stack = emptyUndoStack();
    for (let i = 0; i < UNDO_LIMIT + 10; i++) {
      stack = recordOperation(stack, { label: String(i), before: null, after: base });
    }
    expect(stack.done).toHaveLength(UNDO_LIMIT);
    expect(stack.done[0]!.label).toBe('10');
  });
});
