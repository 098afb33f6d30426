import { VERDICTS, type Verdict } from '../domain/types';
import { VERDICT_LABELS } from './verdict-labels';

interface Props {
  left: number;
  top: number;
  onVerdict: (verdict: Verdict) => void;
}

/** The small toolbar under a text selection that turns it into a claim with a verdict. */
export function SelectionToolbar({ left, top, onVerdict }: Props) {
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Mark the selection as a claim"
      style={{ left, top }}
    >
      {VERDICTS.map((verdict) => {
        const { label, symbol, key } = VERDICT_LABELS[verdict];
        return (
          <button
            key={verdict}
            type="button"
            className={`verdict-button verdict-${verdict}`}
            // Keep the editor's focus and selection: the click acts on it.
            onMouseDown={(e) => e.preventDefault()}
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
