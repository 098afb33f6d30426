import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adjudicateClaims } from '../../db/adjudication';
import { VERDICTS, type Claim, type Verdict } from '../../domain/types';
import { Modal } from '../shared/Modal';
import { errorMessage } from '../shared/problem-messages';
import { runWrite } from '../shared/run-write';
import { VerdictBadge } from '../shared/VerdictBadge';
import { VERDICT_LABELS } from '../shared/verdict-labels';

interface Props {
  /** The judgements of the same words, one per reviewer, in reading order. */
  claims: Claim[];
  /** The claim adjudication started from: kept unless the adjudicator keeps another. */
  startedFrom: string;
  onClose: () => void;
}

/**
 * Adjudication of a disagreement: every reviewer's verdict and rationale side by side, the final
 * verdict to pick and the claim to keep. Confirming makes the claims one, in one transaction:
 * the kept claim gets the verdict, the others are deleted, and their verdicts stay in its log.
 */
export function AdjudicationDialog({ claims, startedFrom, onClose }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [keptId, setKeptId] = useState(startedFrom);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const decide = async () => {
    if (!verdict) return setProblem(t('Choose the final verdict.'));
    setBusy(true);
    const others = claims.filter((claim) => claim.id !== keptId).map((claim) => claim.id);
    const outcome = await runWrite(() => adjudicateClaims(keptId, others, verdict), {
      report: 'caller',
    });
    setBusy(false);
    if (outcome.ok) onClose();
    else setProblem(errorMessage(outcome.error));
  };

  return (
    <Modal title={t('Adjudicate a disagreement')} onClose={onClose} wide>
      <div className="modal-body adjudication">
        <p>
          {t(
            'These reviewers judged the same words differently. The claims become one: the kept claim gets the final verdict, the others are deleted, and every verdict stays in its log.',
          )}
        </p>
        <fieldset>
          <legend>{t('Keep the claim of')}</legend>
          <ul className="adjudication-claims">
            {claims.map((claim) => (
              <li key={claim.id}>
                <label>
                  <input
                    type="radio"
                    name={`${id}-kept`}
                    checked={keptId === claim.id}
                    onChange={() => setKeptId(claim.id)}
                  />{' '}
                  <strong>{claim.createdBy}</strong> <VerdictBadge verdict={claim.verdict} />
                </label>
                <q className="adjudication-quote">{claim.anchor.exact}</q>
                {claim.note.trim() !== '' && <p className="hint">{claim.note}</p>}
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset className="verdict-choice">
          <legend>{t('Final verdict')}</legend>
          {VERDICTS.map((option) => (
            <label key={option} className={`verdict-option verdict-${option}`}>
              <input
                type="radio"
                name={`${id}-verdict`}
                checked={verdict === option}
                onChange={() => setVerdict(option)}
              />
              <span aria-hidden="true">{VERDICT_LABELS[option].symbol}</span>{' '}
              {t(VERDICT_LABELS[option].label)}
            </label>
          ))}
        </fieldset>
        {problem && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('Cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void decide()}
        >
          {t('Make one claim')}
        </button>
      </div>
    </Modal>
  );
}
