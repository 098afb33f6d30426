import { useTranslation } from 'react-i18next';

interface Props {
  /** What stops the form, in the UI language (nothing shown when empty). */
  problems: readonly string[];
  /** The submit button's text. */
  submitLabel: string;
  onCancel: () => void;
  /** The submit button waits (a write in flight). */
  busy?: boolean;
}

/** The end of a dialog's form: what stops it, announced as an alert, then Cancel and submit. */
export function FormFooter({ problems, submitLabel, onCancel, busy = false }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {problems.length > 0 && (
        <div role="alert">
          <ul className="form-problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('Cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
