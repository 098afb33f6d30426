import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A component loaded on first use, in its own chunk, behind its own Suspense boundary. The
 * reader (tiptap), the claims view and the dialogs that parse or export files are not needed
 * for the first screen; the service worker precaches their chunks, so they load offline too.
 */
function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: () => ReactNode,
): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function Deferred(props: P) {
    return (
      <Suspense fallback={fallback()}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Deferred;
}

function ViewLoading() {
  const { t } = useTranslation();
  return (
    <main className="reader-loading" aria-busy="true">
      {t('Loading…')}
    </main>
  );
}

/** The reader, loaded with its editor when an article is first opened. */
export const LazyReaderView = deferred(
  () => import('./ReaderView').then((m) => m.ReaderView),
  () => <ViewLoading />,
);

/** The library-wide claims view. */
export const LazyAllClaimsView = deferred(
  () => import('./AllClaimsView').then((m) => m.AllClaimsView),
  () => <ViewLoading />,
);

/** The add-article dialog (with the HTML sanitiser and the Markdown parser). */
export const LazyAddArticleDialog = deferred(
  () => import('./AddArticleDialog').then((m) => m.AddArticleDialog),
  () => null,
);

/** The import dialog (with the file checks and merge preview). */
export const LazyImportDialog = deferred(
  () => import('./ImportDialog').then((m) => m.ImportDialog),
  () => null,
);
