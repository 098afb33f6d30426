import { useTranslation } from 'react-i18next';
import { VERDICTS, type Verdict } from '../../domain/types';
import { VERDICT_LABELS } from '../shared/verdict-labels';

/**
 * A small bar of an article's verdict mix. Each verdict has a pattern as well as a colour
 * (solid, hatched, dotted), so the mix reads without colour; the label says it in words.
 */
export function VerdictMixBar({ counts }: { counts: Record<Verdict, number> }) {
  const { t } = useTranslation();
  const total = VERDICTS.reduce((sum, v) => sum + counts[v], 0);
  const label =
    total === 0
      ? t('No claims')
      : VERDICTS.map((v) => t(VERDICT_LABELS[v].count, { count: counts[v] })).join(', ');
  let x = 0;
  return (
    <svg
      className="mix-bar"
      viewBox="0 0 100 8"
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <defs>
        <pattern
          id="mix-hatch"
          width="3"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(35)"
        >
          <rect width="3" height="8" fill="var(--disputed)" />
          <rect width="1" height="8" fill="rgba(255,255,255,0.55)" />
        </pattern>
        <pattern id="mix-dots" width="3" height="3" patternUnits="userSpaceOnUse">
          <rect width="3" height="3" fill="#e9b949" />
          <circle cx="1.5" cy="1.5" r="0.7" fill="var(--unverified)" />
        </pattern>
      </defs>
      <rect width="100" height="8" fill="var(--line-soft)" />
      {total > 0 &&
        VERDICTS.map((verdict) => {
          const width = (counts[verdict] / total) * 100;
          const fill =
            verdict === 'confirmed'
              ? 'var(--confirmed)'
              : verdict === 'disputed'
                ? 'url(#mix-hatch)'
                : 'url(#mix-dots)';
          const rect = <rect key={verdict} x={x} width={width} height="8" fill={fill} />;
          x += width;
          return rect;
        })}
    </svg>
  );
}
