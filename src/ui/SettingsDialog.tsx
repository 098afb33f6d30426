import { useId, useState } from 'react';
import { cleanReviewerSettings, reviewerSettingsProblems } from '../domain/reviewer';
import type { ReviewerSettings } from '../domain/types';
import { saveReviewerSettings } from '../db/settings';
import { Modal } from './Modal';
import { writeErrorMessage } from './use-claim-actions';

interface Props {
  settings: ReviewerSettings;
  onClose: () => void;
}

/** Who is reviewing in this browser: the name recorded on claims, and the organisation. */
export function SettingsDialog({ settings: initial, onClose }: Props) {
  const id = useId();
  const [settings, setSettings] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const field = (key: keyof ReviewerSettings, value: string) =>
    setSettings((s) => ({ ...s, [key]: value }));
  const urlInvalid = problems.length > 0 && reviewerSettingsProblems(settings).length > 0;

  const save = async () => {
    const cleaned = cleanReviewerSettings(settings);
    const found = reviewerSettingsProblems(cleaned);
    setProblems(found);
    if (found.length > 0) return;
    try {
      await saveReviewerSettings(cleaned);
      onClose();
    } catch (error) {
      setProblems([writeErrorMessage(error)]);
    }
  };

  return (
    <Modal title="Settings" onClose={onClose}>
      <form
        className="modal-body settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="hint">
          Your name is recorded on the claims you make or change in this browser, and in exports. It
          stays in this browser.
        </p>
        <div className="field">
          <label htmlFor={`${id}-name`}>Your name</label>
          <input
            id={`${id}-name`}
            autoComplete="name"
            value={settings.reviewerName}
            onChange={(e) => field('reviewerName', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-org`}>Organisation name</label>
          <input
            id={`${id}-org`}
            autoComplete="organization"
            value={settings.organisationName}
            onChange={(e) => field('organisationName', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-url`}>Organisation URL</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={settings.organisationUrl}
            aria-invalid={urlInvalid || undefined}
            onChange={(e) => field('organisationUrl', e.target.value)}
          />
        </div>
        <div role="alert">
          {problems.length > 0 && (
            <ul className="form-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Save settings
          </button>
        </div>
      </form>
    </Modal>
  );
}
