import { useTranslation } from 'react-i18next';
import { VERDICTS, type Verdict } from '../../domain/types';
import { VERDICT_LABELS } from '../shared/verdict-labels';

interface Props {
  left: number;
  top: number;
  /** Set when the selection is for re-attaching a claim (of this verdict) rather than a new one. */
  attachVerdict: Verdict | null;
  onVerdict: (verdict: Verdict) => void;
}

/** The small toolbar under a text selection that turns it into a claim with a verdict. */
export function SelectionToolbar({ left, top, attachVerdict, onVerdict }: Props) {
  // Keep the editor's focus and selection: the click acts on it.
  const keepSelection = (e: React.MouseEvent) => e.preventDefault();
  const { t } = useTranslation();
  if (attachVerdict) {
    return (
      <div
        className="selection-toolbar"
        role="toolbar"
        aria-label={t('Attach the claim')}
        style={{ left, top }}
      >
        <button
          type="button"
          className="verdict-button"
          onMouseDown={keepSelection}
          onClick={() => onVerdict(attachVerdict)}
        >
          {t('Attach here')}
        </button>
      </div>
    );
  }
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('Mark the selection as a claim')}
      style={{ left, top }}
    >
      {VERDICTS.map((verdict) => {
        const { symbol, key } = VERDICT_LABELS[verdict];
        const label = t(VERDICT_LABELS[verdict].label);
        return (
          <button
            key={verdict}
            type="button"
            className={`verdict-button verdict-${verdict}`}
            onMouseDown={keepSelection}
            onClick={() => onVerdict(verdict)}
            aria-keyshortcuts={key}
            title={`${label} (${key})`}
          >
            <span aria-hidden="true">{symbol}</span> {label} <kbd aria-hidden="true">{key}</kbd>
          </button>
        );
      })}
    </div>
  );
}
