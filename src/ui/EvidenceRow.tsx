import { useId } from 'react';
import { EVIDENCE_STANCES, evidenceProblem } from '../domain/evidence';
import type { Evidence, EvidenceStance } from '../domain/types';
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
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
};

/**
 * One source of a claim, edited in place and saved as it is typed, but only once its link is an
 * http(s) URL: any other link stays on screen with a message and is never stored.
 */
export function EvidenceRow({ evidence, position, fresh, onSave, onRemove }: Props) {
  const id = useId();
  const source = useAutosave(evidence, onSave, { problem: evidenceProblem });
  const { draft, state } = source;
  const problem = state === 'invalid' ? evidenceProblem(draft) : '';
  const set = <K extends keyof Evidence>(key: K, value: Evidence[K], immediate = false) =>
    source.change({ ...draft, [key]: value }, { immediate });
  const link = evidence.url !== '' && evidenceProblem(evidence) === '' ? evidence.url : '';

  return (
    <fieldset className="evidence-row" onBlur={source.flush}>
      <legend className="visually-hidden">Source {position}</legend>
      <div className="detail-field">
        <label htmlFor={`${id}-url`}>URL</label>
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
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          value={draft.title}
          placeholder="Publisher, page title…"
          onChange={(e) => set('title', e.target.value)}
        />
      </div>
      <div className="evidence-pair">
        <div className="detail-field">
          <label htmlFor={`${id}-stance`}>Stance</label>
          <select
            id={`${id}-stance`}
            value={draft.stance}
            onChange={(e) => set('stance', e.target.value as EvidenceStance, true)}
          >
            {EVIDENCE_STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {STANCE_LABELS[stance]}
              </option>
            ))}
          </select>
        </div>
        <div className="detail-field">
          <label htmlFor={`${id}-note`}>Note (optional)</label>
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
            Open source<span className="visually-hidden"> {position} in a new tab</span>
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
          Remove<span className="visually-hidden"> source {position}</span>
        </button>
        <SaveStateText id={`${id}-state`} state={state} />
      </div>
    </fieldset>
  );
}
