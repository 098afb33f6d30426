import { useTranslation } from 'react-i18next';
import type { ReviewerPairAgreement } from '../../domain/claims/claim-agreement';
import { uiLocale } from '../i18n/i18n';

/** A coefficient with two decimals in the UI language ("0.60", "0,60"). */
const twoDecimals = (value: number) =>
  value.toLocaleString(uiLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * How each pair of reviewers agrees across the library: Cohen's kappa over the words both
 * judged, in every article. Shown once two reviewers judged the same words somewhere.
 */
export function LibraryAgreement({ figures }: { figures: ReviewerPairAgreement[] | undefined }) {
  const { t } = useTranslation();
  if (!figures || figures.length === 0) return null;
  return (
    <section className="library-agreement" aria-labelledby="library-agreement-title">
      <h2 id="library-agreement-title">{t('Agreement between reviewers')}</h2>
      <ul>
        {figures.map(({ reviewers, shared, agreeing, kappa }) => (
          <li key={reviewers.join('\n')}>
            <strong>{reviewers.join(' – ')}</strong>{' '}
            {kappa === null
              ? t('no kappa yet')
              : t('Cohen’s kappa {{value}}', { value: twoDecimals(kappa) })}
            <span className="hint">
              {' · '}
              {t('{{agreeing}} of {{count}} shared judgements agree', {
                agreeing: agreeing,
                count: shared,
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
