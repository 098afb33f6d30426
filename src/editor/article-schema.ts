import StarterKit from '@tiptap/starter-kit';

// Anything else (javascript:, data:, vbscript:, file:, relative paths…) is refused: an article
// link is only ever followed by a reader, and a relative href means nothing once pasted here.
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Whether an href may become a link mark: absolute http, https or mailto URLs only. */
export function isAllowedLinkHref(href: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = href.replace(/[\u0000-\u0020\u007f-\u00a0\u2000-\u200f\u2028\u2029\ufeff]/g, '');
  try {
    return LINK_SCHEMES.has(new URL(compact).protocol);
  } catch {
    return false;
  }
}

/** The tiptap extensions that define an article's document, shared by the editor and every importer. */
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
