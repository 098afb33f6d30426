// The claim card (src/ui/claim-card), a part: one claim with its verdict, rationale, review state
// and details.
import { memo, useDeferredValue, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { VERDICTS, type Claim, type ClaimContent, type Verdict } from '../../domain/types';
import type { AnchorMatch } from '../../domain/anchoring/anchor';
import { ClaimDetails } from './ClaimDetails';
import { formatDateTime } from '../shared/format';
import { NoteField } from './NoteField';
import { ReviewStateControl } from './ReviewStateControl';
import { useDetailsDisclosure } from './use-details-disclosure';
import { VERDICT_LABELS } from '../shared/verdict-labels';
import './claim-card.css';

/**
 * What a card can do to its claim. The same object serves every card (each call names the
 * claim), so that a card re-renders only when its own claim or state changes.
 */
export interface ClaimCardActions {
  select: (id: string) => void;
  setVerdict: (id: string, verdict: Verdict) => void;
  saveNote: (id: string, note: string) => Promise<boolean>;
  remove: (id: string) => void;
  /** Applies a review-state change (send for review, approve, back to draft). */
  review: (id: string, changes: Partial<ClaimContent>) => Promise<boolean>;
  reattach: (id: string) => void;
  /** Accepts the words an approximate claim now covers. */
  confirmPlacement: (id: string, match: AnchorMatch) => void;
}

interface Props {
  claim: Claim;
  match: AnchorMatch;
  selected: boolean;
  /** The reviewer of this browser (approving one's own claim is flagged). */
  reviewer: string;
  /** For an approximate claim, the words it now covers. */
  currentWords: string;
  actions: ClaimCardActions;
}

/** What the collapsed details hold, in a few words ("2 sources · 3 tags"). */
function detailsSummary(claim: Claim, t: TFunction): string {
  return [
    claim.evidence.length > 0 && t('{{count}} sources', { count: claim.evidence.length }),
    claim.tags.length > 0 && t('{{count}} tags', { count: claim.tags.length }),
    claim.history.length > 0 && t('{{count}} earlier versions', { count: claim.history.length }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One claim in the panel: its quote, verdict, rationale and actions. */
export const ClaimCard = memo(function ClaimCard(props: Props) {
  const { claim, match, selected, reviewer, actions } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  // The details of a newly selected claim open in a render of their own, after the selection
  // itself is painted (the text scrolled, the card marked): mounting them is the costly part.
  const details = useDetailsDisclosure(useDeferredValue(selected));
  // In view when selected, and again once its details opened (the card grew, and the list
  // above it may have moved).
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected, details.open]);
  const orphaned = match.status === 'orphaned';
  const quoteLabel = t(VERDICT_LABELS[claim.verdict].claim, { quote: claim.anchor.exact });
  const summary = detailsSummary(claim, t);

  return (
    <article
      ref={ref}
      className={`claim-card verdict-${claim.verdict}${selected ? ' is-selected' : ''}`}
      aria-label={quoteLabel}
      aria-current={selected ? 'true' : undefined}
      data-claim-id={claim.id}
    >
      <button
        type="button"
        className="claim-quote"
        onClick={() => actions.select(claim.id)}
        disabled={orphaned}
        title={orphaned ? t('These words are no longer in the text') : t('Show in the article')}
      >
        {orphaned ? <s>{claim.anchor.exact}</s> : claim.anchor.exact}
      </button>
      {match.status === 'moved' && (
        <p className="claim-status">{t('Found at a new place in the text.')}</p>
      )}
      {match.status === 'approximate' && (
        <div className="claim-review-placement" role="note">
          <p>
            {t(
              'The text changed here: the claim now covers “{{words}}”. Confirm, or re-select its words.',
              { words: props.currentWords },
            )}
          </p>
          <div className="placement-actions">
            <button
              type="button"
              className="button small"
              onClick={() => actions.confirmPlacement(claim.id, match)}
            >
              {t('Confirm new words')}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => actions.reattach(claim.id)}
            >
              {t('Re-select…')}
            </button>
          </div>
        </div>
      )}
      {orphaned && (
        <div className="placement-actions">
          <button type="button" className="button small" onClick={() => actions.reattach(claim.id)}>
            {t('Re-attach to new words…')}
          </button>
        </div>
      )}
      <fieldset className="verdict-choice">
        <legend className="visually-hidden">{t('Verdict')}</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict} className={`verdict-option verdict-${verdict}`}>
            <input
              type="radio"
              name={`verdict-${claim.id}`}
              value={verdict}
              checked={claim.verdict === verdict}
              onChange={() => actions.setVerdict(claim.id, verdict)}
            />
            <span aria-hidden="true">{VERDICT_LABELS[verdict].symbol}</span>{' '}
            {t(VERDICT_LABELS[verdict].label)}
          </label>
        ))}
      </fieldset>
      <NoteField value={claim.note} onSave={(note) => actions.saveNote(claim.id, note)} />
      <ReviewStateControl
        claim={claim}
        reviewer={reviewer}
        onChange={(changes) => actions.review(claim.id, changes)}
      />
      <div className="details-toggle">
        <button
          type="button"
          className="disclosure-button"
          aria-expanded={details.open}
          aria-controls={details.mounted ? details.id : undefined}
          onClick={details.toggle}
        >
          <span className="disclosure-mark" aria-hidden="true" />
          {t('Details')}
        </button>
        {!details.open && summary && <span className="details-summary">{summary}</span>}
      </div>
      {details.mounted && <ClaimDetails id={details.id} claim={claim} hidden={!details.open} />}
      <div className="claim-footer">
        {details.open ? (
          // The details say who changed the claim when; the footer need not repeat it.
          <span />
        ) : (
          <time
            dateTime={claim.updatedAt}
            title={t('Last change {{date}}', { date: claim.updatedAt })}
          >
            {formatDateTime(claim.updatedAt)}
            {claim.updatedBy && ` · ${claim.updatedBy}`}
          </time>
        )}
        <button
          type="button"
          className="link-button danger"
          onClick={() => actions.remove(claim.id)}
        >
          {t('Delete claim')}
        </button>
      </div>
    </article>
  );
});
