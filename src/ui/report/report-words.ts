import { ratingName } from '../../domain/claims/ratings';
import type { ReportWords } from '../../domain/exchange/report-words';
import type { EvidenceStance } from '../../domain/types';
import { i18n, msg, uiLanguage } from '../i18n/i18n';
import { formatDateTime, formatDay } from '../shared/format';
import { REVIEW_STATE_LABELS } from '../shared/review-state-labels';
import { VERDICT_LABELS } from '../shared/verdict-labels';

const STANCES: Record<EvidenceStance, string> = {
  supports: msg('Supports'),
  refutes: msg('Refutes'),
  context: msg('Context'),
};

/** The report's words in the UI language now (src/domain/exchange/report-words.ts). */
export function reportWords(): ReportWords {
  const t = i18n.t.bind(i18n);
  const language = uiLanguage();
  const verdictName = (verdict: keyof typeof VERDICT_LABELS) => t(VERDICT_LABELS[verdict].label);
  const ratingLabel: ReportWords['countLabel'] = (rating, verdict) =>
    rating
      ? `${rating.symbol} ${ratingName(rating, language)}`
      : `${VERDICT_LABELS[verdict].symbol} ${verdictName(verdict)}`;
  return {
    language,
    heading: t('Fact-check report'),
    source: t('Source'),
    publisher: t('Publisher'),
    author: t('Author'),
    published: t('Published'),
    made: t('Report made'),
    summary: t('Summary'),
    rating: t('Rating'),
    claimsCount: t('Claims'),
    reviewers: t('Reviewers'),
    approvals: t('Approvals'),
    claims: t('Claims'),
    notFound: t('Not found in the text:'),
    claimant: t('Claimant'),
    rationale: t('Rationale'),
    sources: t('Sources'),
    review: t('Review'),
    text: t('The article'),
    none: t('None'),
    countsAs: (verdict) => t('Counts as {{verdict}}', { verdict: verdictName(verdict) }),
    ratingOf: ({ rating, claim }) => ratingLabel(rating, claim.verdict),
    countLabel: ratingLabel,
    stance: (stance) => t(STANCES[stance]),
    state: (claim) => t(REVIEW_STATE_LABELS[claim.reviewState]),
    approval: (claim) =>
      claim.reviewState === 'approved' && claim.approvedBy
        ? t('Approved by {{name}} on {{date}}', {
            name: claim.approvedBy,
            date: formatDateTime(claim.approvedAt),
          })
        : '',
    approvalSpan: (times) =>
      times.length === 0
        ? t('No claim approved yet')
        : t('{{count}} claims approved, from {{first}} to {{last}}', {
            count: times.length,
            first: formatDateTime(times[0]!),
            last: formatDateTime(times[times.length - 1]!),
          }),
    day: formatDay,
    time: formatDateTime,
    reviewState: (state) => t(REVIEW_STATE_LABELS[state]),
  };
}
