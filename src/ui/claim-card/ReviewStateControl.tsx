import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSecondReviewerRule } from '../../db/settings';
import { REVIEW_ACTIONS, reviewChange, type ReviewAction } from '../../domain/claims/review-state';
import type { Claim, ClaimContent } from '../../domain/types';
import { problemMessage } from '../shared/problem-messages';
import type { Problem } from '../../domain/problem';
import { formatDateTime } from '../shared/format';
import { msg } from '../i18n/i18n';
import { REVIEW_STATE_LABELS } from '../shared/review-state-labels';

interface Props {
  claim: Claim;
  reviewer: string;
  onChange: (changes: Partial<ClaimContent>) => Promise<boolean>;
  /** A closed card: the state and who approved it, without the actions. */
  compact?: boolean;
}

const ACTION_LABELS: Record<ReviewAction, string> = {
  submit: msg('Send for review'),
  approve: msg('Approve'),
  'send-back': msg('Back to draft…'),
};

/** The claim's review state (draft → in review → approved) and the actions open from it. */
export function ReviewStateControl({ claim, reviewer, onChange, compact }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [comment, setComment] = useState<string | null>(null);
  const [message, setMessage] = useState<{ problem: Problem; tone: 'warning' | 'problem' } | null>(
    null,
  );
  const act = async (action: ReviewAction, text = '') => {
    // The second-reviewer rule (Settings) is read when approving: it may follow the library.
    const secondReviewer = action === 'approve' && (await getSecondReviewerRule());
    const now = new Date().toISOString();
    const result = reviewChange(claim, action, reviewer, now, text, { secondReviewer });
    if (!result.ok) return setMessage({ problem: result.problem, tone: 'problem' });
    if (await onChange(result.changes)) {
      setComment(null);
      setMessage(result.warning ? { problem: result.warning, tone: 'warning' } : null);
    }
  };
  return (
    <div
      className={`review-state${compact ? ' is-compact' : ''}`}
      role="group"
      aria-label={t('Review')}
    >
      <span className={`state-badge state-${claim.reviewState}`}>
        {t(REVIEW_STATE_LABELS[claim.reviewState])}
      </span>
      {claim.reviewState === 'approved' && claim.approvedBy && (
        <span className="hint">
          {t('by {{name}}, {{date}}', {
            name: claim.approvedBy,
            date: formatDateTime(claim.approvedAt),
          })}
        </span>
      )}
      {claim.reviewState === 'draft' && claim.reviewComment && (
        <span className="hint">
          {t('Sent back: “{{comment}}”', { comment: claim.reviewComment })}
        </span>
      )}
      {!compact && (
        <span className="review-actions">
          {REVIEW_ACTIONS[claim.reviewState].map((action) => (
            <button
              key={action}
              type="button"
              className="button small"
              onClick={() => (action === 'send-back' ? setComment('') : void act(action))}
            >
              {t(ACTION_LABELS[action])}
            </button>
          ))}
        </span>
      )}
      {!compact && comment !== null && (
        <form
          className="send-back"
          onSubmit={(e) => {
            e.preventDefault();
            void act('send-back', comment);
          }}
        >
          <label htmlFor={id}>{t('Why does it go back to draft?')}</label>
          <input id={id} value={comment} autoFocus onChange={(e) => setComment(e.target.value)} />
          <button type="submit" className="button small">
            {t('Send back')}
          </button>
          <button type="button" className="link-button" onClick={() => setComment(null)}>
            {t('Cancel')}
          </button>
        </form>
      )}
      {!compact && message && (
        <p
          className={`review-message is-${message.tone}`}
          role={message.tone === 'problem' ? 'alert' : 'status'}
        >
          {problemMessage(message.problem)}
        </p>
      )}
    </div>
  );
}
