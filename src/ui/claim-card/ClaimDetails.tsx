import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Claim } from '../../domain/types';
import { ClaimHistory } from './ClaimHistory';
import { ClaimTimeline } from './ClaimTimeline';
import { EvidenceList } from './EvidenceList';
import { formatDateTime } from '../shared/format';
import { i18n } from '../i18n/i18n';
import { SaveStateText } from './SaveStateText';
import { TagsField } from './TagsField';
import { useAutosave } from './use-autosave';
import { useClaimDetailActions } from './use-claim-details';

interface Props {
  id: string;
  claim: Claim;
  hidden: boolean;
}

const dayProblem = (value: string) =>
  value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value) ? '' : i18n.t('The claim date must be a date.');

/** "Created by X, date · last change by Y, date" ("Created date" when no name was set). */
function authorshipLine(claim: Claim, t: TFunction): string {
  const created = claim.createdBy
    ? t('Created by {{name}}, {{date}}', {
        name: claim.createdBy,
        date: formatDateTime(claim.createdAt),
      })
    : t('Created {{date}}', { date: formatDateTime(claim.createdAt) });
  if (claim.updatedAt === claim.createdAt && claim.updatedBy === claim.createdBy) return created;
  const changed = claim.updatedBy
    ? t('last change by {{name}}, {{date}}', {
        name: claim.updatedBy,
        date: formatDateTime(claim.updatedAt),
      })
    : t('last change {{date}}', { date: formatDateTime(claim.updatedAt) });
  return `${created} · ${changed}`;
}

/**
 * The details of a claim: its evidence, tags, who made the claim and when, who recorded and
 * changed it, its change log, and below it the versions set aside by imports and other tabs
 * (kept from before the log, docs/DECISIONS.md, "Change log"). Every field is saved as it is
 * edited.
 */
export function ClaimDetails({ id, claim, hidden }: Props) {
  const fieldId = useId();
  const { t } = useTranslation();
  const actions = useClaimDetailActions(claim.id);
  const claimant = useAutosave(claim.claimant, (claimant) => actions.update({ claimant }));
  const claimDate = useAutosave(claim.claimDate, (claimDate) => actions.update({ claimDate }), {
    problem: dayProblem,
  });

  return (
    <div id={id} className="claim-details" hidden={hidden}>
      <EvidenceList evidence={claim.evidence} actions={actions} />
      <TagsField tags={claim.tags} onSave={(tags) => actions.update({ tags })} />
      <div
        role="group"
        className="details-section details-pair"
        aria-label={t('Origin of the claim')}
      >
        <div className="detail-field">
          <label htmlFor={`${fieldId}-claimant`}>{t('Claimant')}</label>
          <input
            id={`${fieldId}-claimant`}
            value={claimant.draft}
            placeholder={t('Who made the claim')}
            aria-describedby={`${fieldId}-claimant-state`}
            onChange={(e) => claimant.change(e.target.value)}
            onBlur={claimant.flush}
          />
          <SaveStateText id={`${fieldId}-claimant-state`} state={claimant.state} />
        </div>
        <div className="detail-field">
          <label htmlFor={`${fieldId}-date`}>{t('Claim date')}</label>
          <input
            id={`${fieldId}-date`}
            type="date"
            aria-describedby={`${fieldId}-date-state`}
            value={claimDate.draft}
            onChange={(e) => claimDate.change(e.target.value)}
            onBlur={claimDate.flush}
          />
          <SaveStateText id={`${fieldId}-date-state`} state={claimDate.state} />
        </div>
      </div>
      <p className="authorship">{authorshipLine(claim, t)}</p>
      <ClaimTimeline log={claim.log} onRestore={(rev) => void actions.restoreRevision(rev)} />
      <ClaimHistory
        history={claim.history}
        onRestore={(index, version) => void actions.restoreVersion(index, version)}
      />
    </div>
  );
}
