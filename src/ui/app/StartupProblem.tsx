import { useTranslation } from 'react-i18next';
import type { OpenFailure } from '../../db/open';
import { msg } from '../i18n/i18n';
import './shell.css';

const EXPLANATIONS: Record<OpenFailure['kind'] | 'replaced', { title: string; text: string }> = {
  unavailable: {
    title: msg('Verdict cannot use this browser’s storage'),
    text: msg(
      'Verdict keeps your work in the browser (IndexedDB), and this window does not allow it. This happens in some private-browsing modes and when site data is blocked in the settings. Open Verdict in a normal window, or allow site data for this site.',
    ),
  },
  blocked: {
    title: msg('Another Verdict tab is in the way'),
    text: msg(
      'A Verdict tab with an older version is still open and holds the database. Close the other Verdict tabs, then reload this one. Nothing is lost.',
    ),
  },
  replaced: {
    title: msg('Verdict was updated in another tab'),
    text: msg(
      'A newer version of Verdict opened the database in another tab. Reload this tab to keep working; everything you saved is there.',
    ),
  },
  other: {
    title: msg('Verdict could not open its storage'),
    text: msg(
      'The browser refused to open Verdict’s database. Reload the page; if this persists, check that the disk is not full.',
    ),
  },
};

/** The screen shown instead of the app when storage cannot be used. */
export function StartupProblem({
  kind,
  detail,
}: {
  kind: keyof typeof EXPLANATIONS;
  detail?: string;
}) {
  const { title, text } = EXPLANATIONS[kind];
  const { t } = useTranslation();
  return (
    <main className="startup-problem">
      <div role="alert">
        <h1>{t(title)}</h1>
        <p>{t(text)}</p>
        {detail && <p className="hint">{t('Browser message: {{detail}}', { detail })}</p>}
      </div>
      <button type="button" className="button primary" onClick={() => location.reload()}>
        {t('Reload')}
      </button>
    </main>
  );
}
