import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-autosave';
import { useReportSaveState } from './use-report-save-state';

interface Props {
  value: string;
  onSave: (note: string) => Promise<boolean>;
}

const SAVE_DELAY_MS = 400;

/**
 * The claim's rationale: saved shortly after typing pauses and on leaving the field, its state
 * said by the card's one status. What was typed stays on screen when a write fails, so nothing
 * is lost and it can be retried. The box grows with its text (claim-card.css).
 */
export function NoteField({ value, onSave }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<SaveState>('idle');
  const timer = useRef<number | undefined>(undefined);
  // The text typed last, and whether it is not committed yet: the draft must not be replaced
  // then, and it is saved if the field goes away first (the card closed).
  const unsaved = useRef<string | null>(null);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  });
  useReportSaveState(
    state,
    t('Not saved — your text is kept here; edit or leave the field to retry'),
  );

  // Another tab (or an undo) changed the note: follow it unless there is unsaved typing here.
  useEffect(() => {
    if (unsaved.current === null) setDraft(value);
  }, [value]);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (unsaved.current !== null) void save.current(unsaved.current);
    },
    [],
  );

  const commit = async (note: string) => {
    window.clearTimeout(timer.current);
    // In flight from here: the field going away now must not write it a second time.
    if (unsaved.current === note) unsaved.current = null;
    if (note === value && state !== 'failed')
      return setState((s) => (s === 'pending' ? 'saved' : s));
    setState('saving');
    const ok = await save.current(note);
    if (!ok && unsaved.current === null) unsaved.current = note;
    setState(ok ? 'saved' : 'failed');
  };

  return (
    <div className="note-field">
      <label htmlFor={id}>{t('Rationale')}</label>
      <textarea
        id={id}
        value={draft}
        rows={2}
        placeholder={t('Why this verdict? Sources, reasoning…')}
        onBlur={() => void commit(draft)}
        onChange={(e) => {
          const note = e.target.value;
          unsaved.current = note;
          setDraft(note);
          setState('pending');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => void commit(note), SAVE_DELAY_MS);
        }}
      />
    </div>
  );
}
