import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newEvidence } from '../../domain/claims/evidence';
import type { Evidence } from '../../domain/types';
import { EvidenceRow } from './EvidenceRow';
import type { ClaimDetailActions } from './use-claim-details';

interface Props {
  evidence: Evidence[];
  actions: ClaimDetailActions;
}

/**
 * The sources of a claim. A source added here lives only on screen until its link is valid,
 * then it is stored like the others.
 */
export function EvidenceList({ evidence, actions }: Props) {
  const headingId = useId();
  const { t } = useTranslation();
  const [added, setAdded] = useState<Evidence[]>([]);
  const stored = new Set(evidence.map((e) => e.id));
  const rows = [...evidence, ...added.filter((e) => !stored.has(e.id))];

  return (
    <div role="group" className="details-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="details-heading">
        {t('Evidence')}
      </h3>
      {rows.length === 0 && <p className="hint">{t('No sources yet.')}</p>}
      {rows.length > 0 && (
        <ol className="evidence-list">
          {rows.map((row, i) => (
            <li key={row.id}>
              <EvidenceRow
                evidence={row}
                position={i + 1}
                fresh={!stored.has(row.id)}
                onSave={actions.saveEvidence}
                onRemove={() => {
                  setAdded((list) => list.filter((e) => e.id !== row.id));
                  if (stored.has(row.id)) void actions.removeEvidence(row.id);
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="button small"
        onClick={() => setAdded((list) => [...list, newEvidence(crypto.randomUUID())])}
      >
        {t('Add evidence')}
      </button>
    </div>
  );
}
