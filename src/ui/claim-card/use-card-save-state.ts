import { createContext, useCallback, useMemo, useState } from 'react';
import type { SaveState } from './use-autosave';

/** One field's save state, and what its failure says (translated), as its card reports it. */
export interface FieldSave {
  state: SaveState;
  failed: string;
}

/** How a field tells its card where its save stands (null: the field is gone). */
export type ReportSave = (field: string, save: FieldSave | null) => void;

/** Where the fields of a card report their save state; outside a card, nowhere. */
export const CardSaveContext = createContext<ReportSave>(() => {});

/** Which state a card's one status shows when its fields differ: the first one found here. */
const PRECEDENCE: SaveState[] = ['failed', 'invalid', 'saving', 'pending', 'saved'];

/**
 * The one save status of a claim card: its fields report their own state, and the card shows
 * the most pressing one (a failure before a save in progress before "Saved").
 */
export function useCardSaveState(): { report: ReportSave; status: FieldSave | null } {
  const [fields, setFields] = useState<ReadonlyMap<string, FieldSave>>(new Map());
  const report = useCallback<ReportSave>(
    (field, save) =>
      setFields((all) => {
        const known = all.get(field);
        if (save === null ? !known : known?.state === save.state && known.failed === save.failed) {
          return all;
        }
        const next = new Map(all);
        if (save) next.set(field, save);
        else next.delete(field);
        return next;
      }),
    [],
  );
  const status = useMemo(() => {
    for (const state of PRECEDENCE) {
      for (const save of fields.values()) if (save.state === state) return save;
    }
    return null;
  }, [fields]);
  return { report, status };
}
