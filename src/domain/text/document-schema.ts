/*
 * The node and mark types an article's document may hold, with their attributes: the schema the
 * editor builds from its tiptap extensions (src/editor/article-schema.ts), written out here
 * because the domain cannot import tiptap. src/editor/document-schema.test.ts keeps the two equal,
 * so a tiptap upgrade that changes the schema fails a test instead of letting documents in that
 * the editor cannot open (docs/DECISIONS.md, "Stored data validity").
 */

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

/** An attribute: its default (what the editor fills in when it is missing) and its values. */
export interface AttributeRule {
  default: unknown;
  /** What a value must be, as a problem message says it ("a string or null"). */
  expected: string;
  valid: (value: unknown) => boolean;
}

/** The ProseMirror content expressions the article schema uses ('' for a leaf). */
export type ContentExpression =
  'block+' | 'inline*' | 'text*' | 'listItem+' | 'paragraph block*' | '';

/** A node type: what it holds, the groups it belongs to and its attributes. */
export interface NodeRule {
  content: ContentExpression;
  /** Its groups, as ProseMirror writes them ("block list"); '' for none. */
  group: string;
  inline: boolean;
  /** The marks its children may carry: '_' for all, '' for none (blocks carry none). */
  marks: '_' | '';
  attrs: Record<string, AttributeRule>;
}

/** A mark type: its attributes and the marks it excludes ('_' for all, '' for only itself). */
export interface MarkRule {
  excludes: '_' | '';
  attrs: Record<string, AttributeRule>;
}

const stringOrNull: Omit<AttributeRule, 'default'> = {
  expected: 'a string or null',
  valid: (value) => value === null || typeof value === 'string',
};
const optionalString = (fallback: string | null): AttributeRule => ({
  ...stringOrNull,
  default: fallback,
});

const block = (content: ContentExpression, group = 'block'): NodeRule => ({
  content,
  group,
  inline: false,
  marks: content === 'inline*' ? '_' : '',
  attrs: {},
});

/** The node types of an article's document, by name. */
export const DOCUMENT_NODES: Readonly<Record<string, NodeRule>> = {
  doc: block('block+', ''),
  paragraph: block('inline*'),
  heading: {
    ...block('inline*'),
    attrs: {
      level: {
        default: 1,
        expected: 'a heading level from 1 to 4',
        valid: (value) => value === 1 || value === 2 || value === 3 || value === 4,
      },
    },
  },
  blockquote: block('block+'),
  codeBlock: { ...block('text*'), attrs: { language: optionalString(null) } },
  horizontalRule: block(''),
  bulletList: block('listItem+', 'block list'),
  orderedList: {
    ...block('listItem+', 'block list'),
    attrs: {
      start: {
        default: 1,
        expected: 'a whole number',
        valid: (value) => Number.isSafeInteger(value),
      },
      type: optionalString(null),
    },
  },
  listItem: block('paragraph block*', ''),
  text: { ...block('', 'inline'), inline: true },
  hardBreak: { ...block('', 'inline'), inline: true },
};

/** The mark types an article's text may carry, by name. */
export const DOCUMENT_MARKS: Readonly<Record<string, MarkRule>> = {
  link: {
    excludes: '',
    attrs: {
      href: {
        default: null,
        expected: 'an http, https or mailto address',
        valid: (value) => typeof value === 'string' && isAllowedLinkHref(value),
      },
      target: optionalString('_blank'),
      rel: optionalString('noopener noreferrer nofollow'),
      class: optionalString(null),
      title: optionalString(null),
    },
  },
  bold: { excludes: '', attrs: {} },
  code: { excludes: '_', attrs: {} },
  italic: { excludes: '', attrs: {} },
  strike: { excludes: '', attrs: {} },
  underline: { excludes: '', attrs: {} },
};
