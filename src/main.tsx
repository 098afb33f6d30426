import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { openDatabase } from './db/open';
import { App } from './ui/app/App';
import { i18n, i18nReady } from './ui/i18n/i18n';
import { StartupProblem } from './ui/app/StartupProblem';
import './ui/app/theme.css';
import './ui/app/base.css';

const root = createRoot(document.getElementById('root')!);
const render = (node: ReactNode) =>
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>{node}</I18nextProvider>
    </StrictMode>,
  );

// The first screen waits for its language (French loads on demand) as it waits for the database.
const language = i18nReady.catch(() => undefined);
const renderAfterLanguage = (node: ReactNode) => void language.then(() => render(node));

void openDatabase({
  onReplaced: () => renderAfterLanguage(<StartupProblem kind="replaced" />),
  onBlocked: () => renderAfterLanguage(<StartupProblem kind="blocked" />),
}).then((failure) =>
  renderAfterLanguage(
    failure ? <StartupProblem kind={failure.kind} detail={failure.detail} /> : <App />,
  ),
);
