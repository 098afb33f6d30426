import StarterKit from '@tiptap/starter-kit';
import { isAllowedLinkHref } from '../domain/text/document-schema';

/**
 * The tiptap extensions that define an article's document, shared by the editor and every
 * importer; the domain's copy of their schema (src/domain/text/document-schema.ts) is kept equal
 * by document-schema.test.ts.
 */
export const articleExtensions = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3, 4] },
    link: {
      openOnClick: false,
      autolink: false,
      linkOnPaste: false,
      // http, https and mailto are built into linkify; `protocols` only registers extra ones.
      protocols: [],
      isAllowedUri: (url) => isAllowedLinkHref(url),
      shouldAutoLink: (url) => isAllowedLinkHref(url),
    },
  }),
];
