import { useEffect, useRef } from 'react';
import { VERDICTS, type Claim, type ClaimContent, type Verdict } from '../domain/types';
import type { AnchorMatch } from '../domain/anchor';
import { ClaimDetails } from './ClaimDetails';
import { formatDateTime } from './format';
import { NoteField } from './NoteField';
import { ReviewStateControl } from './ReviewStateControl';
import { useReviewerSettings } from './use-settings';
import { useDetailsDisclosure } from './use-details-disclosure';
import { VERDICT_LABELS } from './verdict-labels';

interface Props {
  claim: Claim;
  match: AnchorMatch;
  selected: boolean;
  onSelect: () => void;
  onVerdict: (verdict: Verdict) => void;
  onNote: (note: string) => Promise<boolean>;
  onDelete: () => void;
  /** Applies a review-state change (send for review, approve, back to draft). */
  onReview: (changes: Partial<ClaimContent>) => Promise<boolean>;
  onReattach: () => void;
  onConfirmPlacement: () => void;
  /** For an approximate claim, the words it now covers. */
  currentWords: string;
}

/** What the collapsed details hold, in a few words ("2 sources · 3 tags"). */
function detailsSummary(claim: Claim): string {
  const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
  return [
    claim.evidence.length > 0 && count(claim.evidence.length, 'source', 'sources'),
    claim.tags.length > 0 && count(claim.tags.length, 'tag', 'tags'),
    claim.history.length > 0 && count(claim.history.length, 'earlier version', 'earlier versions'),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One claim in the panel: its quote, verdict, rationale and actions. */
export function ClaimCard(props: Props) {
  const { claim, match, selected, onSelect, onVerdict, onNote, onDelete } = props;
  const reviewer = useReviewerSettings()?.reviewerName ?? '';
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const details = useDetailsDisclosure(selected);
  const orphaned = match.status === 'orphaned';
  const quoteLabel = `${VERDICT_LABELS[claim.verdict].label} claim: ${claim.anchor.exact}`;

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
        onClick={onSelect}
        disabled={orphaned}
        title={orphaned ? 'These words are no longer in the text' : 'Show in the article'}
      >
        {orphaned ? <s>{claim.anchor.exact}</s> : claim.anchor.exact}
      </button>
      {match.status === 'moved' && (
        <p className="claim-status">Found at a new place in the text.</p>
      )}
      {match.status === 'approximate' && (
        <div className="claim-review-placement" role="note">
          <p>
            The text changed here: the claim now covers “{props.currentWords}”. Confirm, or
            re-select its words.
          </p>
          <div className="placement-actions">
            <button type="button" className="button small" onClick={props.onConfirmPlacement}>
              Confirm new words
            </button>
            <button type="button" className="button small" onClick={props.onReattach}>
              Re-select…
            </button>
          </div>
        </div>
      )}
      {orphaned && (
        <div className="placement-actions">
          <button type="button" className="button small" onClick={props.onReattach}>
            Re-attach to new words…
          </button>
        </div>
      )}
      <fieldset className="verdict-choice">
        <legend className="visually-hidden">Verdict</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict} className={`verdict-option verdict-${verdict}`}>
            <input
              type="radio"
              name={`verdict-${claim.id}`}
              value={verdict}
              checked={claim.verdict === verdict}
              onChange={() => onVerdict(verdict)}
            />
            <span aria-hidden="true">{VERDICT_LABELS[verdict].symbol}</span>{' '}
            {VERDICT_LABELS[verdict].label}
          </label>
        ))}
      </fieldset>
      <NoteField value={claim.note} onSave={onNote} />
      <ReviewStateControl claim={claim} reviewer={reviewer} onChange={props.onReview} />
      <div className="details-toggle">
        <button
          type="button"
          className="disclosure-button"
          aria-expanded={details.open}
          aria-controls={details.mounted ? details.id : undefined}
          onClick={details.toggle}
        >
          <span className="disclosure-mark" aria-hidden="true" />
          Details
        </button>
        {!details.open && detailsSummary(claim) && (
          <span className="details-summary">{detailsSummary(claim)}</span>
        )}
      </div>
      {details.mounted && <ClaimDetails id={details.id} claim={claim} hidden={!details.open} />}
      <div className="claim-footer">
        {details.open ? (
          // The details say who changed the claim when; the footer need not repeat it.
          <span />
        ) : (
          <time dateTime={claim.updatedAt} title={`Last change ${claim.updatedAt}`}>
            {formatDateTime(claim.updatedAt)}
            {claim.updatedBy && ` · ${claim.updatedBy}`}
          </time>
        )}
        <button type="button" className="link-button danger" onClick={onDelete}>
          Delete claim
        </button>
      </div>
    </article>
  );
}
