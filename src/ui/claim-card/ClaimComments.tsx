import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addClaimComment, deleteClaimComment, editClaimComment } from '../../db/claim-comments';
import { ownsComment, visibleComments } from '../../domain/claims/comments';
import type { Claim, ClaimComment } from '../../domain/types';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { formatDateTime } from '../shared/format';
import { problemOf } from '../../domain/problem';
import { errorMessage, writeErrorMessage } from '../shared/problem-messages';
import { runWrite } from '../shared/run-write';

interface Props {
  claim: Claim;
  /** The reviewer of this browser: only their own comments can be edited or deleted. */
  reviewer: string;
}

/**
 * Runs a comment write; resolves to why it was refused or failed ('' once it committed): a
 * refusal (an empty comment, another reviewer's) says only why, a failed write says "Not saved".
 */
async function write(run: () => Promise<void>): Promise<string> {
  const outcome = await runWrite(run, { report: 'caller' });
  if (outcome.ok) return '';
  return problemOf(outcome.error) ? errorMessage(outcome.error) : writeErrorMessage(outcome.error);
}

/**
 * A claim's discussion: each comment with its author and time, oldest first, the reviewer's own
 * with Edit and Delete, and a box to post one. A refused or failed write is said in place and
 * what was typed stays in its box.
 */
export function ClaimComments({ claim, reviewer }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  const comments = visibleComments(claim.comments);

  const post = async () => {
    const refused = await write(() => addClaimComment(claim.id, draft));
    setProblem(refused);
    if (!refused) setDraft('');
  };

  return (
    <section className="details-section claim-comments" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="details-heading">
        {t('Discussion')}
      </h3>
      {comments.length > 0 && (
        <ol className="comment-list" aria-label={t('Comments')}>
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              claimId={claim.id}
              comment={comment}
              mine={ownsComment(comment, reviewer)}
            />
          ))}
        </ol>
      )}
      <form
        className="comment-form"
        onSubmit={(event) => {
          event.preventDefault();
          void post();
        }}
      >
        <label htmlFor={`${id}-new`} className="visually-hidden">
          {t('Add a comment')}
        </label>
        <textarea
          id={`${id}-new`}
          rows={2}
          value={draft}
          placeholder={t('Add a comment')}
          aria-invalid={problem !== '' || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setDraft(event.target.value)}
        />
        {problem && (
          <p id={`${id}-problem`} className="field-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button small">
          {t('Post comment')}
        </button>
      </form>
    </section>
  );
}

/** One comment: read, or edited in place by its author. */
function CommentItem(props: { claimId: string; comment: ClaimComment; mine: boolean }) {
  const { claimId, comment, mine } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');

  const save = async (text: string) => {
    const refused = await write(() => editClaimComment(claimId, comment.id, text));
    setProblem(refused);
    if (!refused) setEditing(null);
  };
  const remove = async () => {
    setConfirming(false);
    setProblem(await write(() => deleteClaimComment(claimId, comment.id)));
  };

  return (
    <li className="comment" aria-label={t('Comment by {{name}}', { name: comment.by })}>
      <div className="comment-head">
        <strong>{comment.by}</strong>
        <time dateTime={comment.at} className="hint">
          {formatDateTime(comment.at)}
        </time>
        {comment.editedAt && (
          <span className="hint" title={formatDateTime(comment.editedAt)}>
            {t('(edited)')}
          </span>
        )}
      </div>
      {editing === null ? (
        <p className="comment-text">{comment.text}</p>
      ) : (
        <textarea
          aria-label={t('Edit your comment')}
          rows={2}
          value={editing}
          onChange={(event) => setEditing(event.target.value)}
        />
      )}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {mine && (
        <div className="comment-actions">
          {editing === null ? (
            <>
              <button
                type="button"
                className="link-button"
                onClick={() => setEditing(comment.text)}
              >
                {t('Edit')}
              </button>
              <button
                type="button"
                className="link-button danger"
                onClick={() => setConfirming(true)}
              >
                {t('Delete')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button small" onClick={() => void save(editing)}>
                {t('Save comment')}
              </button>
              <button type="button" className="link-button" onClick={() => setEditing(null)}>
                {t('Cancel')}
              </button>
            </>
          )}
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('Delete this comment?')}
          message={t('Other reviewers will no longer see it once they import your work.')}
          confirmLabel={t('Delete comment')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
