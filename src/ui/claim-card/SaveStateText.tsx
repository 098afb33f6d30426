import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-autosave';
import { useReportSaveState } from './use-report-save-state';

interface Props {
  state: SaveState;
  /** Lets the field point at its save state (aria-describedby). */
  id?: string;
  /** What a failed write says, translated (how to retry differs between fields). */
  failed?: string;
}

/**
 * The save state of one detail field, reported to the card's one status. It stays the field's
 * description for assistive technology, but shows only when something went wrong, next to the
 * field it concerns; "Saving…" and "Saved" are said once per card, not under every field.
 */
export function SaveStateText({ state, failed, id }: Props) {
  const { t } = useTranslation();
  const failure = failed ?? t('Not saved — kept here; edit or leave the field to retry');
  useReportSaveState(state, failure);
  const text =
    state === 'pending' || state === 'saving'
      ? t('Saving…')
      : state === 'saved'
        ? t('Saved')
        : state === 'failed'
          ? failure
          : state === 'invalid'
            ? t('Not saved')
            : '';
  const problem = state === 'failed' || state === 'invalid';
  return (
    <span
      id={id}
      className={
        problem ? 'save-state inline-save-state save-failed' : 'visually-hidden inline-save-state'
      }
    >
      {text}
    </span>
  );
}
