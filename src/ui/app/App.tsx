// The shell (src/ui/app): assembles the app (navigation, status bar, toasts, update banner, startup
// problems, styles) and opens the screens.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startTeamSyncIfJoined } from '../../db/team-sync-start';
import { useUiStore } from '../../store/ui-store';
import { LibraryView } from '../library/LibraryView';
import { MainNav } from './MainNav';
import { LazyAllClaimsView, LazyReaderView, LazyReportView } from './lazy-screens';
import { StatusBar } from './StatusBar';
import { Toast } from './Toast';
import { UpdateBanner } from './UpdateBanner';
import '../shared/shared.css';
import './shell.css';

/** The app: header, the current screen, and the message line. */
export function App() {
  const route = useUiStore((s) => s.route);
  const navigate = useUiStore((s) => s.navigate);
  const sync = useUiStore((s) => s.syncRouteFromLocation);
  const { t } = useTranslation();
  // Sync starts when this browser has joined a team; without one it does nothing.
  useEffect(() => {
    void startTeamSyncIfJoined();
  }, []);
  useEffect(() => {
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener('hashchange', sync);
    };
  }, [sync]);

  return (
    <div className="app">
      <a className="skip-link" href="#content">
        {t('Skip to content')}
      </a>
      <header className="app-header">
        <a
          className="brand"
          href="#/"
          onClick={(e) => {
            e.preventDefault();
            navigate({ name: 'library' });
          }}
        >
          <img src="/favicon.svg" alt="" width={22} height={22} />
          <span className="brand-name">Verdict</span>
        </a>
        <MainNav />
        {route.name === 'article' && (
          <nav aria-label={t('Breadcrumb')} className="breadcrumb">
            <a
              href="#/"
              onClick={(e) => {
                e.preventDefault();
                navigate({ name: 'library' });
              }}
            >
              ← {t('Library')}
            </a>
          </nav>
        )}
        <StatusBar />
      </header>
      <UpdateBanner />
      <div id="content" className="app-content">
        {route.name === 'article' ? (
          <LazyReaderView articleId={route.articleId} />
        ) : route.name === 'report' ? (
          <LazyReportView articleId={route.articleId} />
        ) : route.name === 'claims' ? (
          <LazyAllClaimsView />
        ) : (
          <LibraryView />
        )}
      </div>
      <Toast />
    </div>
  );
}
