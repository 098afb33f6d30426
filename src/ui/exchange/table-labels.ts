import type { TFunction } from 'i18next';
import type { ClaimColumn, ClaimStatus, ClaimTableLabels } from '../../domain/exchange/claim-table';
import type { ReviewState, Verdict } from '../../domain/types';
import { msg, uiLanguage } from '../i18n/i18n';
import { REVIEW_STATE_LABELS } from '../shared/review-state-labels';
import { VERDICT_LABELS } from '../shared/verdict-labels';

/** The spreadsheet columns' headers (English keys, translated when an export is written). */
const COLUMN_LABELS: Record<ClaimColumn, string> = {
  article_title: msg('Article title'),
  article_url: msg('Article address'),
  quote: msg('Quote'),
  verdict: msg('Verdict'),
  rating: msg('Rating'),
  review_state: msg('Review state'),
  status: msg('In the text'),
  rationale: msg('Rationale'),
  tags: msg('Tags'),
  evidence_urls: msg('Sources'),
  claimant: msg('Claimant'),
  claim_date: msg('Claim date'),
  created_by: msg('Created by'),
  created_at: msg('Created at'),
  updated_by: msg('Changed by'),
  updated_at: msg('Changed at'),
  approved_by: msg('Approved by'),
  approved_at: msg('Approved at'),
  start: msg('Start offset'),
  end: msg('End offset'),
};

const STATUS_LABELS: Record<ClaimStatus, string> = {
  found: msg('Found'),
  orphaned: msg('Not found in the text'),
};

const translated = <K extends string>(labels: Record<K, string>, t: TFunction) =>
  Object.fromEntries(
    Object.entries(labels).map(([key, label]) => [key, t(label as string)]),
  ) as Record<K, string>;

/** The words of a CSV or spreadsheet export, in the UI language. */
export function tableLabels(t: TFunction): ClaimTableLabels {
  return {
    columns: translated(COLUMN_LABELS, t),
    verdicts: translated<Verdict>(
      {
        confirmed: VERDICT_LABELS.confirmed.label,
        disputed: VERDICT_LABELS.disputed.label,
        unverified: VERDICT_LABELS.unverified.label,
      },
      t,
    ),
    reviewStates: translated<ReviewState>(REVIEW_STATE_LABELS, t),
    statuses: translated(STATUS_LABELS, t),
    language: uiLanguage(),
  };
}
