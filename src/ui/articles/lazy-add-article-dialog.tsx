import { deferred } from '../shared/deferred';

/** The add-article dialog, loaded on first use with the HTML sanitiser, the page extractor and the Markdown parser. */
export const LazyAddArticleDialog = deferred(
  () => import('./AddArticleDialog').then((m) => m.AddArticleDialog),
  () => null,
);
