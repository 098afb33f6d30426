/*
 * The saved-page corpus: web pages written for these tests (never fetched), as a browser saves
 * them or a page's HTML is pasted, with their chrome (menus, forms, asides, footers) and their
 * metadata. `text` is the article's main text as a person would keep it, block by block, and
 * `meta` the metadata the page states; both are written by hand.
 */

/** The metadata a saved page states, as the article should get it ('' when the page says nothing). */
export interface SavedPageMeta {
  title: string;
  sourceUrl: string;
  publisher: string;
  author: string;
  publishedAt: string;
  modifiedAt: string;
  language: 'fr' | 'en' | 'other';
}

/** One page of the corpus. */
export interface SavedPage {
  name: string;
  html: string;
  /** The main text's blocks (paragraphs, headings, list items, quotes), in order. */
  text: string[];
  meta: SavedPageMeta;
}

/** `<p>` elements for each paragraph. */
export const paragraphs = (...texts: string[]) => texts.map((text) => `<p>${text}</p>`).join('\n');
