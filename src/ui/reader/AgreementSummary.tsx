import { useTranslation } from 'react-i18next';
import type { AgreementSummary as Summary } from '../../domain/claims/agreement';
import { uiLocale } from '../i18n/i18n';

/** A coefficient with two decimals in the UI language ("0.60", "0,60"). */
export function formatCoefficient(value: number): string {
  return value.toLocaleString(uiLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * How the reviewers of this article agree, shown once two or more of them judged its words:
 * pairs of judgements of the same words that agree and disagree, claims only one reviewer made,
 * and Cohen's kappa (two reviewers) or Krippendorff's alpha (more).
 */
export function AgreementSummary({ summary }: { summary: Summary | null }) {
  const { t } = useTranslation();
  if (!summary || summary.reviewers.length < 2) return null;
  const { coefficient } = summary;
  const value = coefficient ? formatCoefficient(coefficient.value) : '';
  const figure = !coefficient
    ? t('No agreement figure yet: no words judged by two reviewers with varied verdicts.')
    : coefficient.kind === 'kappa'
      ? t('Cohen’s kappa {{value}}', { value })
      : t('Krippendorff’s alpha {{value}}', { value });
  return (
    <section className="agreement-summary" aria-label={t('Agreement between reviewers')}>
      <p className="agreement-reviewers">{summary.reviewers.join(', ')}</p>
      <ul>
        <li>{t('{{count}} pairs agree', { count: summary.agreeing })}</li>
        <li>{t('{{count}} pairs disagree', { count: summary.disagreeing })}</li>
        <li>{t('{{count}} claims by one reviewer only', { count: summary.single })}</li>
        <li className="agreement-figure">{figure}</li>
      </ul>
    </section>
  );
}
