import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../domain/types';
import { VerdictBadge } from '../shared/VerdictBadge';

interface Props {
  left: number;
  top: number;
  claims: Claim[];
  onChoose: (id: string) => void;
  onClose: () => void;
}

/** Where claims overlap, a click offers each of them. */
export function OverlapMenu({ left, top, claims, onChoose, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [onClose]);
  return (
    <div
      className="overlap-menu"
      ref={ref}
      role="dialog"
      aria-label={t('Claims at this place')}
      style={{ left, top }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <p className="overlap-title">{t('{{count}} claims here', { count: claims.length })}</p>
      <ul>
        {claims.map((claim) => (
          <li key={claim.id}>
            <button type="button" onClick={() => onChoose(claim.id)}>
              <VerdictBadge verdict={claim.verdict} />
              <span className="overlap-quote">{claim.anchor.exact}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
