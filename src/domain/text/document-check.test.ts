import { describe, expect, it } from 'vitest';
import { canonicalText } from './canonical-text';
import { documentProblems, isOpenableDocument } from './document-check';
import { documentFromText } from './document-from-text';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) =>
  marks ? { type: 'text', text, marks } : { type: 'text', text };

describe('documentProblems', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['a plain document', doc(p(t('Un.')), p()), []],
    [
      'an unknown node',
      doc(p(t('a')), p(), { type: 'image', attrs: { src: 'x' } }),
      [['content.2', 'unknown node type "image"']],
    ],
    [
      'an unknown mark',
      doc(p(t('a', [{ type: 'bold' }, { type: 'comment' }]))),
      [['content.0.content.0.marks.1', 'unknown mark type "comment"']],
    ],
    [
      'an unknown attribute',
      doc({ type: 'heading', attrs: { level: 2, id: 'h' }, content: [t('T')] }),
      [['content.0.attrs.id', 'unknown attribute "id" of "heading"']],
    ],
    [
      'a heading level the editor does not offer',
      doc({ type: 'heading', attrs: { level: 6 } }),
      [['content.0.attrs.level', 'expected a heading level from 1 to 4, got 6']],
    ],
    [
      'a javascript: link',
      doc(p(t('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))),
      [
        [
          'content.0.content.0.marks.0.attrs.href',
          'expected an http, https or mailto address, got "javascript:alert(1)"',
        ],
      ],
    ],
    [
      'an empty text',
      doc(p(t(''))),
      [['content.0.content.0.text', 'a text node must not be empty']],
    ],
    [
      'a text without text',
      doc(p({ type: 'text' })),
      [['content.0.content.0.text', 'a text node needs its text']],
    ],
    [
      'text at the root',
      doc(t('a')),
      [['content.0', '"text" cannot stand here: "doc" holds blocks']],
    ],
    [
      'a list item that does not start with a paragraph',
      doc({
        type: 'orderedList',
        content: [{ type: 'listItem', content: [{ type: 'horizontalRule' }] }],
      }),
      [
        [
          'content.0.content.0.content.0',
          '"horizontalRule" cannot stand here: "listItem" holds a paragraph, then blocks',
        ],
      ],
    ],
    ['an empty document', doc(), [['content', '"doc" must hold at least one node']]],
    ['content that is not a list', { type: 'doc', content: 'x' }, [['content', 'expected a list']]],
    ['a node without type', doc({ text: 'x' }), [['content.0.type', 'expected a string']]],
    ['not a node', doc(7), [['content.0', 'expected a node (an object with a type)']]],
    [
      'a paragraph as the root',
      { type: 'paragraph' },
      [['type', 'expected "doc" at the root, got "paragraph"']],
    ],
    [
      'code with another mark',
      doc(p(t('x', [{ type: 'italic' }, { type: 'code' }]))),
      [['content.0.content.0.marks.1', 'mark "code" cannot be combined with other marks']],
    ],
    [
      'marks on a block',
      doc({ type: 'paragraph', marks: [{ type: 'bold' }] }),
      [['content.0.marks', 'no marks are allowed here']],
    ],
    [
      'text on a paragraph',
      doc({ type: 'paragraph', text: 'x' }),
      [['content.0.text', 'only text nodes hold text']],
    ],
  ])('%s', (_label, value, expected) => {
    const found = documentProblems(value).map((problem) => [
      problem.path.join('.'),
      problem.message,
    ]);
    expect(found).toEqual(expected);
  });

  it('stops at the limit', () => {
    const many = doc(...Array.from({ length: 50 }, () => ({ type: 'image' })));
    expect(documentProblems(many)).toHaveLength(20);
    expect(documentProblems(many, 1)).toHaveLength(1);
    expect(isOpenableDocument(many)).toBe(false);
  });
});

describe('documentFromText', () => {
  it.each([
    ['', { type: 'doc', content: [{ type: 'paragraph' }] }],
    ['Un.\n\nDeux\ntrois', doc(p(t('Un.')), p(t('Deux'), { type: 'hardBreak' }, t('trois')))],
    ['a\n\n\n\nb', doc(p(t('a'), { type: 'hardBreak' }, { type: 'hardBreak' }), p(t('b')))],
    ['\n\nx', doc(p({ type: 'hardBreak' }, { type: 'hardBreak' }, t('x')))],
  ])('%j', (text, expected) => {
    const rebuilt = documentFromText(text);
    expect(rebuilt).toEqual(expected);
    expect(canonicalText(rebuilt)).toBe(text);
    expect(isOpenableDocument(rebuilt)).toBe(true);
  });
});
