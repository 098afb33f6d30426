import { deferred } from '../shared/deferred';

/** The add-article dialog, loaded on first use with the HTML sanitiser and the Markdown parser. */
export const LazyAddArticleDialog = deferred(
  () => import('./AddArticleDialog').then((m) => m.AddArticleDialog),
  () => null,
);
