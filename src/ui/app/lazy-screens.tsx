import { useTranslation } from 'react-i18next';
import { deferred } from '../shared/deferred';

/** What a screen shows while its chunk loads. */
function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <main className="reader-loading" aria-busy="true">
      {t('Loading…')}
    </main>
  );
}

/** The reader, loaded with its editor (tiptap) when an article is first opened. */
export const LazyReaderView = deferred(
  () => import('../reader/ReaderView').then((m) => m.ReaderView),
  () => <ScreenLoading />,
);

/** The fact-check report of one article, opened from the reader. */
export const LazyReportView = deferred(
  () => import('../report/ReportView').then((m) => m.ReportView),
  () => <ScreenLoading />,
);

/** The library-wide claims view. */
export const LazyAllClaimsView = deferred(
  () => import('../all-claims/AllClaimsView').then((m) => m.AllClaimsView),
  () => <ScreenLoading />,
);
