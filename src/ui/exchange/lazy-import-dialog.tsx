import { deferred } from '../shared/deferred';

/** The import dialog, loaded on first use with the file checks and the merge preview. */
export const LazyImportDialog = deferred(
  () => import('./ImportDialog').then((m) => m.ImportDialog),
  () => null,
);
