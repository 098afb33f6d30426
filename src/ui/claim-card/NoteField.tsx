import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onSave: (note: string) => Promise<boolean>;
}

type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

const SAVE_DELAY_MS = 400;

/**
 * The claim's rationale: saved shortly after typing pauses and on leaving the field. What was
 * typed stays on screen when a write fails, so nothing is lost and it can be retried.
 */
export function NoteField({ value, onSave }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<SaveState>('idle');
  const timer = useRef<number | undefined>(undefined);
  // True from a keystroke until that text is committed: the draft must not be replaced then.
  const unsaved = useRef(false);

  // Another tab (or an undo) changed the note: follow it unless there is unsaved typing here.
  useEffect(() => {
    if (!unsaved.current) setDraft(value);
  }, [value]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const save = async (note: string) => {
    window.clearTimeout(timer.current);
    if (note === value && state !== 'failed')
      return setState((s) => (s === 'pending' ? 'saved' : s));
    setState('saving');
    setState((await onSave(note)) ? 'saved' : 'failed');
  };

  return (
    <div className="note-field">
      <label htmlFor={id}>{t('Rationale')}</label>
      <textarea
        id={id}
        value={draft}
        rows={3}
        placeholder={t('Why this verdict? Sources, reasoning…')}
        onBlur={() => void save(draft)}
        onChange={(e) => {
          const note = e.target.value;
          unsaved.current = true;
          setDraft(note);
          setState('pending');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => void save(note), SAVE_DELAY_MS);
        }}
      />
      <span className={`save-state save-${state}`} role="status">
        {state === 'saving' || state === 'pending'
          ? t('Saving…')
          : state === 'saved'
            ? t('Saved')
            : state === 'failed'
              ? t('Not saved — your text is kept here; edit or leave the field to retry')
              : ''}
      </span>
    </div>
  );
}
