import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../domain/types';
import { VERDICT_LABELS } from './verdict-labels';

/** A verdict shown as symbol + word in the verdict's colour. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { label, symbol } = VERDICT_LABELS[verdict];
  const { t } = useTranslation();
  return (
    <span className={`verdict-badge verdict-${verdict}`}>
      <span aria-hidden="true">{symbol}</span> {t(label)}
    </span>
  );
}
