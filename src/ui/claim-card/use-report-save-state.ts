import { useContext, useEffect, useId } from 'react';
import { CardSaveContext } from './use-card-save-state';
import type { SaveState } from './use-autosave';

/** Tells the card around a field where the field's save stands, while the field is shown. */
export function useReportSaveState(state: SaveState, failed: string): void {
  const field = useId();
  const report = useContext(CardSaveContext);
  useEffect(() => {
    report(field, { state, failed });
  }, [report, field, state, failed]);
  useEffect(() => () => report(field, null), [report, field]);
}
