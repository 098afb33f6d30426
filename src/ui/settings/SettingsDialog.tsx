// The settings screens (src/ui/settings): this browser's language and reviewer identity, and its
// storage and backups.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanReviewerSettings, reviewerSettingsProblems } from '../../domain/claims/reviewer';
import type { ReviewerSettings } from '../../domain/types';
import {
  savePublishingSettings,
  saveReviewerSettings,
  saveSecondReviewerRule,
} from '../../db/settings';
import { factCheckTemplateProblems } from '../../domain/claims/fact-check-url';
import { usePublishingSettings, useSecondReviewerRule } from '../live/use-reviewer-settings';
import { FactCheckUrlField } from './FactCheckUrlField';
import { chooseLanguage, msg, UI_LANGUAGES, uiLanguage, type UiLanguage } from '../i18n/i18n';
import { Modal } from '../shared/Modal';
import { useDisplayStore, type Theme } from '../../store/display-store';
import { problemMessage, writeErrorMessage } from '../shared/problem-messages';
import { runWrite } from '../shared/run-write';
import { FormFooter } from '../shared/FormFooter';
import type { Problem } from '../../domain/problem';
import './settings.css';

interface Props {
  settings: ReviewerSettings;
  onClose: () => void;
  /** Opens Settings → Ratings (this dialog closes). */
  onOpenRatings: () => void;
}

const THEME_LABELS: Record<Theme, string> = {
  system: msg('Same as the system'),
  light: msg('Light'),
  dark: msg('Dark'),
};

/**
 * The settings of this browser: the language and the theme of the interface (applied at once),
 * who is reviewing (the name recorded on claims, and the organisation) and whether approving
 * needs a second reviewer, saved with the form.
 */
export function SettingsDialog({ settings: initial, onClose, onOpenRatings }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [settings, setSettings] = useState(initial);
  const theme = useDisplayStore((s) => s.theme);
  const setTheme = useDisplayStore((s) => s.setTheme);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const field = (key: keyof ReviewerSettings, value: string) =>
    setSettings((s) => ({ ...s, [key]: value }));
  // The rule follows the library until it is chosen here; saved only when changed.
  const rule = useSecondReviewerRule();
  const [secondReviewer, setSecondReviewer] = useState<boolean | null>(null);
  const urlInvalid = problems.length > 0 && reviewerSettingsProblems(settings).length > 0;
  // The stored template until the reviewer edits it.
  const storedPublishing = usePublishingSettings();
  const [template, setTemplate] = useState<string | undefined>(undefined);
  const shownTemplate = template ?? storedPublishing?.factCheckUrlTemplate ?? '';
  const templateInvalid =
    problems.length > 0 && factCheckTemplateProblems(shownTemplate).length > 0;

  const save = async () => {
    const cleaned = cleanReviewerSettings(settings);
    const found = [
      ...reviewerSettingsProblems(cleaned),
      ...factCheckTemplateProblems(shownTemplate),
    ];
    setProblems(found);
    if (found.length > 0) return;
    const outcome = await runWrite(
      async () => {
        await saveReviewerSettings(cleaned);
        if (secondReviewer !== null && secondReviewer !== rule) {
          await saveSecondReviewerRule(secondReviewer);
        }
        if (template !== undefined)
          await savePublishingSettings({ factCheckUrlTemplate: template });
      },
      { report: 'caller' },
    );
    if (outcome.ok) onClose();
    else setFailure(outcome.error);
  };

  return (
    <Modal title={t('Settings')} onClose={onClose}>
      <form
        className="modal-body settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('Language')}</label>
          <select
            id={`${id}-language`}
            value={uiLanguage()}
            aria-describedby={`${id}-language-hint`}
            onChange={(e) => void chooseLanguage(e.target.value as UiLanguage)}
          >
            {UI_LANGUAGES.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.label}
              </option>
            ))}
          </select>
          <p id={`${id}-language-hint`} className="hint">
            {t('The interface changes at once. The articles keep their own language.')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-theme`}>{t('Theme')}</label>
          <select
            id={`${id}-theme`}
            value={theme}
            onChange={(e) => setTheme(e.target.value as Theme)}
          >
            {(Object.keys(THEME_LABELS) as Theme[]).map((value) => (
              <option key={value} value={value}>
                {t(THEME_LABELS[value])}
              </option>
            ))}
          </select>
        </div>
        <p className="hint">
          {t(
            'Your name is recorded on the claims you make or change in this browser, and in exports. It stays in this browser.',
          )}
        </p>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('Your name')}</label>
          <input
            id={`${id}-name`}
            autoComplete="name"
            value={settings.reviewerName}
            onChange={(e) => field('reviewerName', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-org`}>{t('Organisation name')}</label>
          <input
            id={`${id}-org`}
            autoComplete="organization"
            value={settings.organisationName}
            onChange={(e) => field('organisationName', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('Organisation URL')}</label>
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
        <div className="field field-check">
          <input
            id={`${id}-second`}
            type="checkbox"
            checked={secondReviewer ?? rule ?? false}
            disabled={rule === undefined}
            aria-describedby={`${id}-second-hint`}
            onChange={(e) => setSecondReviewer(e.target.checked)}
          />
          <label htmlFor={`${id}-second`}>{t('Approval needs a second reviewer')}</label>
          <p id={`${id}-second-hint`} className="hint">
            {t(
              'The author of a claim cannot approve it. On by default once the library holds claims by more than one reviewer.',
            )}
          </p>
        </div>
        <FactCheckUrlField value={shownTemplate} onChange={setTemplate} invalid={templateInvalid} />
        <div className="field">
          <button type="button" className="button" onClick={onOpenRatings}>
            {t('Rating scale…')}
          </button>
        </div>
        <FormFooter
          // Translated at each render: the language can change while the dialog is open.
          problems={[
            ...problems.map(problemMessage),
            ...(failure === null ? [] : [writeErrorMessage(failure)]),
          ]}
          submitLabel={t('Save settings')}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
