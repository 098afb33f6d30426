import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../domain/text/canonical-text';
import { documentProblems } from '../domain/text/document-check';
import { documentFromText } from '../domain/text/document-from-text';
import { DOCUMENT_MARKS, DOCUMENT_NODES } from '../domain/text/document-schema';
import type { DocumentJson } from '../domain/types';
import { articleExtensions } from './article-schema';

const schema: Schema = getSchema(articleExtensions);

/** What the domain keeps of an attribute list: names and defaults. */
const defaults = (attrs: Record<string, { default?: unknown }>) =>
  Object.fromEntries(Object.entries(attrs).map(([name, attr]) => [name, attr.default]));

/** Whether ProseMirror builds the document in the editor's schema and finds it valid. */
function editorOpens(doc: unknown): boolean {
  try {
    schema.nodeFromJSON(doc).check();
    return true;
  } catch {
    return false;
  }
}

describe("the domain's copy of the editor's schema", () => {
  it('has the same node types, content, groups, marks and attributes', () => {
    const editor = Object.fromEntries(
      Object.entries(schema.nodes).map(([name, type]) => [
        name,
        {
          content: type.spec.content ?? '',
          group: type.spec.group ?? '',
          inline: type.isInline,
          marks: type.markSet === null ? '_' : type.markSet.map((mark) => mark.name).join(' '),
          attrs: defaults(type.spec.attrs ?? {}),
        },
      ]),
    );
    const domain = Object.fromEntries(
      Object.entries(DOCUMENT_NODES).map(([name, rule]) => [
        name,
        { ...rule, attrs: defaults(rule.attrs) },
      ]),
    );
    expect(domain).toEqual(editor);
    expect(schema.topNodeType.name).toBe('doc');
  });

  it('has the same mark types, exclusions and attributes', () => {
    const editor = Object.fromEntries(
      Object.entries(schema.marks).map(([name, type]) => [
        name,
        { excludes: type.spec.excludes ?? '', attrs: defaults(type.spec.attrs ?? {}) },
      ]),
    );
    const domain = Object.fromEntries(
      Object.entries(DOCUMENT_MARKS).map(([name, rule]) => [
        name,
        { ...rule, attrs: defaults(rule.attrs) },
      ]),
    );
    expect(domain).toEqual(editor);
  });

  it('allows the heading levels the editor is configured with', () => {
    const heading = articleExtensions[0]!.options.heading as { levels: number[] };
    const allowed = [0, 1, 2, 3, 4, 5, 6, 7].filter((level) =>
      DOCUMENT_NODES.heading!.attrs.level!.valid(level),
    );
    expect(allowed).toEqual(heading.levels);
  });
});

const paragraph = (...content: DocumentJson[]): DocumentJson => ({ type: 'paragraph', content });
const text = (value: string, marks?: DocumentJson['marks']): DocumentJson =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const doc = (...content: unknown[]) => ({ type: 'doc', content });

describe('documentProblems agrees with the editor', () => {
  it.each<[string, unknown]>([
    ['paragraphs', doc(paragraph(text('Un')), paragraph())],
    ['a heading', doc({ type: 'heading', attrs: { level: 3 }, content: [text('Titre')] })],
    ['lists', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph()] }] })],
    ['a code block', doc({ type: 'codeBlock', attrs: { language: null }, content: [text('x')] })],
    ['marks', doc(paragraph(text('gras', [{ type: 'bold' }, { type: 'italic' }])))],
    ['a link', doc(paragraph(text('lien', [{ type: 'link', attrs: { href: 'https://x.fr' } }])))],
    ['a rule and breaks', doc({ type: 'horizontalRule' }, paragraph({ type: 'hardBreak' }))],
  ])('opens %s', (_label, value) => {
    expect(documentProblems(value)).toEqual([]);
    expect(editorOpens(value)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['an unknown node', doc({ type: 'image' })],
    ['an unknown mark', doc(paragraph(text('x', [{ type: 'comment' }])))],
    ['an empty text node', doc(paragraph(text('')))],
    ['text directly in the document', doc(text('x'))],
    ['a block inside a paragraph', doc(paragraph(paragraph()))],
    ['an empty document', doc()],
    ['a list without items', doc({ type: 'bulletList', content: [] })],
    [
      'a list item without a paragraph',
      doc({ type: 'bulletList', content: [{ type: 'listItem' }] }),
    ],
    ['marks in a code block', doc({ type: 'codeBlock', content: [text('x', [{ type: 'bold' }])] })],
    ['code with another mark', doc(paragraph(text('x', [{ type: 'code' }, { type: 'bold' }])))],
    ['a mark twice', doc(paragraph(text('x', [{ type: 'bold' }, { type: 'bold' }])))],
  ])('refuses %s, as the editor does', (_label, value) => {
    expect(documentProblems(value)).not.toEqual([]);
    expect(editorOpens(value)).toBe(false);
  });

  // The editor would drop an attribute it does not know, and would build a paragraph as the
  // whole document: neither is a document this schema wrote, so the domain refuses both.
  it.each<[string, unknown]>([
    ['an unknown attribute', doc({ type: 'paragraph', attrs: { align: 'left' } })],
    ['a root that is not a document', { type: 'paragraph' }],
  ])('refuses %s, where the editor would guess', (_label, value) => {
    expect(documentProblems(value)).not.toEqual([]);
  });
});

describe('documentFromText', () => {
  it('builds documents the editor opens and that yield the text', () => {
    const piece = fc.constantFrom('a', 'é', 'e\u0301', ' ', '\n', '\n\n', '\n\n\n', '«\u00a0', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const source = pieces.join('');
        const rebuilt = documentFromText(source);
        expect(editorOpens(rebuilt)).toBe(true);
        expect(documentProblems(rebuilt)).toEqual([]);
        expect(canonicalText(rebuilt)).toBe(source.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });
});
