// The claim card (src/ui/claim-card), a part: one claim with its verdict, rationale, review state
// and details.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Claim, ClaimContent } from '../../domain/types';
import type { Mark } from '../../domain/claims/rating-scale';
import { claimRating, type RatingScale } from '../../domain/claims/ratings';
import { RatingChoice } from './RatingChoice';
import { uiLanguage } from '../i18n/i18n';
import { claimLabel } from './claim-label';
import type { AnchorMatch } from '../../domain/anchoring/anchor';
import { ClaimComments } from './ClaimComments';
import { ClaimDetails } from './ClaimDetails';
import { visibleComments } from '../../domain/claims/comments';
import { formatDateTime } from '../shared/format';
import { NoteField } from './NoteField';
import { ReviewStateControl } from './ReviewStateControl';
import { SyncConflict, hasOpenConflict } from './SyncConflict';
import { CardSaveContext, useCardSaveState, type FieldSave } from './use-card-save-state';
import { useDetailsDisclosure } from './use-details-disclosure';
import { REVIEW_STATE_LABELS } from '../shared/review-state-labels';
import { VERDICT_LABELS } from '../shared/verdict-labels';
import './claim-card.css';

/**
 * What a card can do to its claim. The same object serves every card (each call names the
 * claim), so that a card re-renders only when its own claim or state changes.
 */
export interface ClaimCardActions {
  select: (id: string) => void;
  /** Gives the claim a verdict, or a rating and its verdict, in one write. */
  setMark: (id: string, mark: Mark) => void;
  saveNote: (id: string, note: string) => Promise<boolean>;
  remove: (id: string) => void;
  /** Applies a review-state change (send for review, approve, back to draft). */
  review: (id: string, changes: Partial<ClaimContent>) => Promise<boolean>;
  reattach: (id: string) => void;
  /** Accepts the words an approximate claim now covers. */
  confirmPlacement: (id: string, match: AnchorMatch) => void;
  /** Opens the adjudication of the disagreement a claim is part of. */
  adjudicate: (id: string) => void;
}

interface Props {
  claim: Claim;
  match: AnchorMatch;
  selected: boolean;
  /** How the panel lists claims: a closed card, or one line (the selected claim opens either). */
  density: 'cards' | 'list';
  /** The reviewer of this browser (approving one's own claim is flagged). */
  reviewer: string;
  /** For an approximate claim, the words it now covers. */
  currentWords: string;
  /** Whether another reviewer judged the claim's words with another verdict. */
  disagreeing?: boolean;
  /** The organisation's rating scale. */
  scale: RatingScale;
  actions: ClaimCardActions;
}

/** How many comments a claim's discussion shows. */
const commentCount = (claim: Claim) => visibleComments(claim.comments).length;

/** What the collapsed details hold, in a few words ("2 sources · 3 tags"). */
function detailsSummary(claim: Claim, t: TFunction): string {
  return [
    claim.evidence.length > 0 && t('{{count}} sources', { count: claim.evidence.length }),
    claim.tags.length > 0 && t('{{count}} tags', { count: claim.tags.length }),
    claim.history.length > 0 && t('{{count}} earlier versions', { count: claim.history.length }),
    commentCount(claim) > 0 && t('{{count}} comments', { count: commentCount(claim) }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * One claim in the panel. Closed, it shows its quote on two lines, its verdict, review state and
 * what its details hold (or, in the list density, one line); selected, it opens on its
 * rationale, review actions and one save status; its details open on demand.
 */
export const ClaimCard = memo(function ClaimCard(props: Props) {
  const { claim, match, selected, reviewer, actions } = props;
  const { t } = useTranslation();
  const details = useDetailsDisclosure(selected);
  const save = useCardSaveState();
  const orphaned = match.status === 'orphaned';
  const open = selected || details.open;
  const quoteLabel = claimLabel(claim, props.scale, t, uiLanguage());
  const summary = detailsSummary(claim, t);
  const quote = (
    <button
      type="button"
      className="claim-quote"
      onClick={() => actions.select(claim.id)}
      disabled={orphaned}
      title={orphaned ? t('These words are no longer in the text') : t('Show in the article')}
    >
      {orphaned ? <s>{claim.anchor.exact}</s> : claim.anchor.exact}
    </button>
  );
  const className = `claim-card verdict-${claim.verdict}${selected ? ' is-selected' : ''}`;
  const card = {
    'aria-label': quoteLabel,
    'aria-current': selected ? ('true' as const) : undefined,
    'data-claim-id': claim.id,
    // The panel moves the focus here when a claim is selected from outside the article.
    tabIndex: -1,
  };

  if (props.density === 'list' && !open) {
    return (
      <article {...card} className={`${className} is-line`}>
        <span className="line-verdict" aria-hidden="true">
          {claimRating(claim, props.scale)?.symbol ?? VERDICT_LABELS[claim.verdict].symbol}
        </span>
        {quote}
        {hasOpenConflict(claim) && <span className="line-conflict">{t('Conflict')}</span>}
        {commentCount(claim) > 0 && (
          <span className="line-comments">
            {t('{{count}} comments', { count: commentCount(claim) })}
          </span>
        )}
        <span className={`line-state state-${claim.reviewState}`}>
          {t(REVIEW_STATE_LABELS[claim.reviewState])}
        </span>
      </article>
    );
  }

  return (
    <CardSaveContext value={save.report}>
      <article {...card} className={`${className}${open ? ' is-open' : ' is-closed'}`}>
        {quote}
        <SyncConflict claim={claim} />
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
            <button
              type="button"
              className="button small"
              onClick={() => actions.reattach(claim.id)}
            >
              {t('Re-attach to new words…')}
            </button>
          </div>
        )}
        <RatingChoice
          claim={claim}
          scale={props.scale}
          onMark={(mark) => actions.setMark(claim.id, mark)}
        />
        {selected && props.disagreeing && (
          <div className="claim-disagreement" role="note">
            <p>{t('Another reviewer judged these words differently.')}</p>
            <button
              type="button"
              className="button small"
              onClick={() => actions.adjudicate(claim.id)}
            >
              {t('Adjudicate…')}
            </button>
          </div>
        )}
        {selected && (
          <NoteField value={claim.note} onSave={(note) => actions.saveNote(claim.id, note)} />
        )}
        <div className="claim-meta">
          <ReviewStateControl
            compact={!selected}
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
        </div>
        {details.mounted && <ClaimDetails id={details.id} claim={claim} hidden={!details.open} />}
        {selected && <ClaimComments claim={claim} reviewer={reviewer} />}
        {open && (
          <div className="claim-footer">
            <span className={`save-state save-${save.status?.state ?? 'idle'}`} role="status">
              {saveStatusText(save.status, t)}
            </span>
            {!details.open && (
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
        )}
      </article>
    </CardSaveContext>
  );
});

/** What a card's one save status says. */
function saveStatusText(status: FieldSave | null, t: TFunction): string {
  switch (status?.state) {
    case 'pending':
    case 'saving':
      return t('Saving…');
    case 'saved':
      return t('Saved');
    case 'failed':
      return status.failed;
    case 'invalid':
      return t('Not saved');
    default:
      return '';
  }
}
