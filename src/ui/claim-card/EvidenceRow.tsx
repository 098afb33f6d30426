import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_STANCES, evidenceProblem } from '../../domain/claims/evidence';
import type { Evidence, EvidenceStance } from '../../domain/types';
import { problemMessage } from '../shared/problem-messages';
import { msg } from '../i18n/i18n';
import { SaveStateText } from './SaveStateText';
import { useAutosave } from './use-autosave';

interface Props {
  /** The source as stored, or a new blank one not stored yet. */
  evidence: Evidence;
  /** Its place in the list, from 1 (names the group). */
  position: number;
  /** Whether it was just added (its link field takes the focus). */
  fresh: boolean;
  onSave: (evidence: Evidence) => Promise<boolean>;
  onRemove: () => void;
}

const STANCE_LABELS: Record<EvidenceStance, string> = {
  supports: msg('Supports'),
  refutes: msg('Refutes'),
  context: msg('Context'),
};

/**
 * One source of a claim, edited in place and saved as it is typed, but only once its link is an
 * http(s) URL: any other link stays on screen with a message and is never stored.
 */
export function EvidenceRow({ evidence, position, fresh, onSave, onRemove }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const source = useAutosave(evidence, onSave, { problem: evidenceProblem });
  const { draft, state } = source;
  const invalid = state === 'invalid' ? evidenceProblem(draft) : null;
  const problem = invalid ? problemMessage(invalid) : '';
  const set = <K extends keyof Evidence>(key: K, value: Evidence[K], immediate = false) =>
    source.change({ ...draft, [key]: value }, { immediate });
  const link = evidence.url !== '' && evidenceProblem(evidence) === null ? evidence.url : '';

  return (
    <fieldset className="evidence-row" onBlur={source.flush}>
      <legend className="visually-hidden">{t('Source {{position}}', { position })}</legend>
      <div className="detail-field">
        <label htmlFor={`${id}-url`}>{t('URL')}</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          placeholder="https://"
          autoComplete="off"
          autoFocus={fresh}
          value={draft.url}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem ${id}-state` : `${id}-state`}
          onChange={(e) => set('url', e.target.value)}
        />
        {problem && (
          <p id={`${id}-problem`} className="field-problem">
            {problem}
          </p>
        )}
      </div>
      <div className="detail-field">
        <label htmlFor={`${id}-title`}>{t('Title')}</label>
        <input
          id={`${id}-title`}
          value={draft.title}
          placeholder={t('Publisher, page title…')}
          onChange={(e) => set('title', e.target.value)}
        />
      </div>
      <div className="evidence-pair">
        <div className="detail-field">
          <label htmlFor={`${id}-stance`}>{t('Stance')}</label>
          <select
            id={`${id}-stance`}
            value={draft.stance}
            onChange={(e) => set('stance', e.target.value as EvidenceStance, true)}
          >
            {EVIDENCE_STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {t(STANCE_LABELS[stance])}
              </option>
            ))}
          </select>
        </div>
        <div className="detail-field">
          <label htmlFor={`${id}-note`}>{t('Note (optional)')}</label>
          <input
            id={`${id}-note`}
            value={draft.note}
            onChange={(e) => set('note', e.target.value)}
          />
        </div>
      </div>
      <div className="evidence-actions">
        {link && (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('Open source')}
            <span className="visually-hidden"> {t('{{position}} in a new tab', { position })}</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        )}
        <button
          type="button"
          className="link-button subtle"
          onClick={() => {
            source.cancel();
            onRemove();
          }}
        >
          {t('Remove')}
          <span className="visually-hidden"> {t('source {{position}}', { position })}</span>
        </button>
        <SaveStateText id={`${id}-state`} state={state} />
      </div>
    </fieldset>
  );
}
