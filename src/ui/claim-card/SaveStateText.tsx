import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-autosave';

interface Props {
  state: SaveState;
  /** Lets the field point at its save state (aria-describedby). */
  id?: string;
  /** What a failed write says, translated (how to retry differs between fields). */
  failed?: string;
}

/**
 * The save state of one detail field. A polite live region rather than role="status": the
 * card's one status is the rationale's.
 */
export function SaveStateText({ state, failed, id }: Props) {
  const { t } = useTranslation();
  const text =
    state === 'pending' || state === 'saving'
      ? t('Saving…')
      : state === 'saved'
        ? t('Saved')
        : state === 'failed'
          ? (failed ?? t('Not saved — kept here; edit or leave the field to retry'))
          : state === 'invalid'
            ? t('Not saved')
            : '';
  return (
    <span
      id={id}
      className={`save-state inline-save-state save-${state === 'invalid' ? 'failed' : state}`}
      aria-live="polite"
    >
      {text}
    </span>
  );
}
