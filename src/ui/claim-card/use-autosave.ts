import { useCallback, useEffect, useRef, useState } from 'react';

/** Where a field saved as it changes stands ('invalid': the value cannot be saved as it is). */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'invalid';

interface Options<T> {
  /** How long changes must pause before they are saved (0: at once). */
  delay?: number;
  /** Why a value cannot be saved ('' when it can): such a value stays on screen, unsaved. */
  problem?: (value: T) => unknown;
}

/** A field saved as it changes, as NoteField does: what it shows, its state and its handlers. */
export interface Autosave<T> {
  draft: T;
  state: SaveState;
  /** Shows a new value and saves it after the pause (or at once). */
  change: (value: T, options?: { immediate?: boolean }) => void;
  /** Saves what is shown now if it is not saved yet (on leaving the field; retries a failure). */
  flush: () => void;
  /** Forgets a pending save (the thing being edited is going away). */
  cancel: () => void;
}

const DEFAULT_DELAY_MS = 400;

/**
 * Keeps a draft of a stored value that is saved shortly after it changes and when the field is
 * left. What was typed stays on screen when a write fails (or the value is refused), so nothing
 * is lost and it can be retried; outside changes (another tab, a restore) replace the draft only
 * while there is nothing unsaved in it.
 */
export function useAutosave<T>(
  stored: T,
  save: (value: T) => Promise<boolean>,
  options: Options<T> = {},
): Autosave<T> {
  const [draft, setDraft] = useState(stored);
  const [state, setState] = useState<SaveState>('idle');
  const timer = useRef<number | undefined>(undefined);
  // The value shown last, and whether it still has to be committed.
  const latest = useRef({ value: stored, unsaved: false });
  const current = useRef({ save, options });
  useEffect(() => {
    current.current = { save, options };
  });

  useEffect(() => {
    if (latest.current.unsaved) return;
    latest.current.value = stored;
    setDraft(stored);
  }, [stored]);

  const commit = useCallback(async (value: T) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (!latest.current.unsaved) return;
    if (current.current.options.problem?.(value)) return setState('invalid');
    setState('saving');
    const ok = await current.current.save(value);
    // Newer changes have their own save, which reports.
    if (latest.current.value !== value) return;
    latest.current.unsaved = !ok;
    setState(ok ? 'saved' : 'failed');
  }, []);

  // A save still waiting when the field goes away (the view changed) is made at once.
  useEffect(
    () => () => {
      if (timer.current === undefined) return;
      window.clearTimeout(timer.current);
      void commit(latest.current.value);
    },
    [commit],
  );

  const change = (value: T, { immediate = false } = {}) => {
    latest.current = { value, unsaved: true };
    setDraft(value);
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (current.current.options.problem?.(value)) return setState('invalid');
    setState('pending');
    const delay = current.current.options.delay ?? DEFAULT_DELAY_MS;
    if (immediate || delay === 0) void commit(value);
    else timer.current = window.setTimeout(() => void commit(value), delay);
  };

  return {
    draft,
    state,
    change,
    flush: () => void commit(latest.current.value),
    cancel: () => {
      window.clearTimeout(timer.current);
      timer.current = undefined;
      latest.current.unsaved = false;
    },
  };
}
