// A conflict team sync settled by itself (src/ui/claim-card): the values members set apart, who
// set each and when, until someone takes a value not kept or keeps the values as they are.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settleSyncConflict } from '../../db/sync-conflict-choice';
import {
  openConflicts,
  takeValue,
  type ConflictValue,
  type OpenConflict,
} from '../../domain/merge/sync-conflicts';
import { breaksApproval } from '../../domain/claims/approval';
import type { ChangedField, Claim, ClaimContent } from '../../domain/types';
import { msg } from '../i18n/i18n';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { formatDateTime } from '../shared/format';
import { REVIEW_STATE_LABELS } from '../shared/review-state-labels';
import { runWrite } from '../shared/run-write';
import { valueText } from './change-text';

/** What each field is called in a conflict. */
const FIELD_NAMES: Record<ChangedField, string> = {
  verdict: msg('Verdict'),
  anchor: msg('Words'),
  note: msg('Rationale'),
  evidence: msg('Sources'),
  tags: msg('Tags'),
  claimant: msg('Claimant'),
  claimDate: msg('Claim date'),
  reviewState: msg('Review state'),
  approvedBy: msg('Approved by'),
  approvedAt: msg('Approved on'),
  reviewComment: msg('Review comment'),
  rating: msg('Rating'),
  orphanedAt: msg('Words in the text'),
};

type Changes = Partial<Record<ChangedField, unknown>>;

/** Whether a claim has a conflict to look at (the card's line shows a mark). */
export function hasOpenConflict(claim: Claim): boolean {
  return openConflicts(claim).length > 0;
}

/** The flag, the values and the choices of a claim's open conflicts, or nothing. */
export function SyncConflict({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const conflicts = useMemo(() => openConflicts(claim), [claim]);
  // A value that would undo the claim's approval is taken once the reviewer agreed.
  const [asking, setAsking] = useState<{ join: string; changes: Changes } | null>(null);
  if (conflicts.length === 0) return null;
  const write = (join: string, changes: Changes) =>
    void runWrite(() => settleSyncConflict(claim.id, join, changes));
  const choose = (conflict: OpenConflict, value: unknown) => {
    const changes = takeValue(claim, conflict, value);
    if (breaksApproval(claim, changes as Partial<ClaimContent>)) {
      setAsking({ join: conflict.join, changes });
    } else write(conflict.join, changes);
  };
  const keep = () =>
    void runWrite(async () => {
      for (const join of new Set(conflicts.map((c) => c.join))) {
        await settleSyncConflict(claim.id, join, {});
      }
    });
  const who = (value: ConflictValue) =>
    t('set by {{name}}, {{date}}', {
      name: value.by.trim() || t('Someone'),
      date: formatDateTime(value.at),
    });
  return (
    <section className="claim-sync-conflict" aria-label={t('Conflict')}>
      <p>
        <strong className="conflict-mark">{t('Conflict')}</strong>{' '}
        {t('Changed apart by members of the team: the newer value was kept.')}
      </p>
      <ul>
        {conflicts.map((conflict) => (
          <li key={`${conflict.join} ${conflict.field}`}>
            <span className="conflict-field">{t(FIELD_NAMES[conflict.field])}</span>
            <span className="conflict-value is-kept">
              {t('Kept: {{value}}', { value: valueText(conflict.field, conflict.kept.value, t) })}{' '}
              <span className="conflict-who">({who(conflict.kept)})</span>
            </span>
            {conflict.lost.map((lost) => (
              <span className="conflict-value is-lost" key={JSON.stringify(lost.value)}>
                {t('Not kept: {{value}}', { value: valueText(conflict.field, lost.value, t) })}{' '}
                <span className="conflict-who">({who(lost)})</span>{' '}
                {/* An approval covered what its approver saw: approving again is a person's act. */}
                {conflict.field === 'reviewState' && lost.value === 'approved' ? (
                  t('Approve again if the approval still holds.')
                ) : (
                  <button
                    type="button"
                    className="button small"
                    onClick={() => choose(conflict, lost.value)}
                  >
                    {t('Use this value')}
                  </button>
                )}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <button type="button" className="button small" onClick={keep}>
        {t('Keep these values')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('Change an approved claim?')}
          message={t(
            '“{{quote}}” was approved by {{name}}. Changing its verdict, words or rationale sends it back to “{{state}}”; the change is recorded in its log.',
            {
              quote: claim.anchor.exact,
              name: claim.approvedBy || t('Someone'),
              state: t(REVIEW_STATE_LABELS['in-review']),
            },
          )}
          confirmLabel={t('Change and send back to review')}
          onConfirm={() => {
            write(asking.join, asking.changes);
            setAsking(null);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}
