import type { Claim } from '../types';

/** One undoable claim operation: the claim before and after it (null: it did not exist). */
export interface ClaimOperation {
  label: string;
  before: Claim | null;
  after: Claim | null;
}

/** The undo history of claim operations: done operations, and undone ones that redo replays. */
export interface UndoStack {
  done: ClaimOperation[];
  undone: ClaimOperation[];
}

/** How many operations the history keeps. */
export const UNDO_LIMIT = 200;

/** An empty history. */
export const emptyUndoStack = (): UndoStack => ({ done: [], undone: [] });

/** Records an operation; a new operation forgets what had been undone. */
export function recordOperation(stack: UndoStack, operation: ClaimOperation): UndoStack {
  return { done: [...stack.done, operation].slice(-UNDO_LIMIT), undone: [] };
}

/** The state to write to undo the last operation, and the history after it; null if none. */
export function takeUndo(stack: UndoStack): { write: ClaimOperation; stack: UndoStack } | null {
  const operation = stack.done.at(-1);
  if (!operation) return null;
  return {
    write: { label: operation.label, before: operation.after, after: operation.before },
    stack: { done: stack.done.slice(0, -1), undone: [...stack.undone, operation] },
  };
}

/** The state to write to redo the last undone operation, and the history after it; null if none. */
export function takeRedo(stack: UndoStack): { write: ClaimOperation; stack: UndoStack } | null {
  const operation = stack.undone.at(-1);
  if (!operation) return null;
  return {
    write: operation,
    stack: { done: [...stack.done, operation], undone: stack.undone.slice(0, -1) },
  };
}
