import { create } from 'zustand';
import {
  emptyUndoStack,
  recordOperation,
  takeRedo,
  takeUndo,
  type ClaimOperation,
  type UndoStack,
} from '../domain/claims/undo-stack';

/**
 * The undo history of claim operations in this tab. It holds the claim states an undo or redo
 * writes back (what changed), not a copy of the database to read from.
 */
interface UndoState {
  stack: UndoStack;
  record: (operation: ClaimOperation) => void;
  /** Takes the write that undoes the last operation (null when there is none). */
  popUndo: () => ClaimOperation | null;
  /** Takes the write that redoes the last undone operation (null when there is none). */
  popRedo: () => ClaimOperation | null;
  clear: () => void;
}

/** The store of claim undo/redo. */
export const useUndoStore = create<UndoState>((set, get) => ({
  stack: emptyUndoStack(),
  record: (operation) => set((state) => ({ stack: recordOperation(state.stack, operation) })),
  popUndo: () => {
    const step = takeUndo(get().stack);
    if (!step) return null;
    set({ stack: step.stack });
    return step.write;
  },
  popRedo: () => {
    const step = takeRedo(get().stack);
    if (!step) return null;
    set({ stack: step.stack });
    return step.write;
  },
  clear: () => set({ stack: emptyUndoStack() }),
}));
