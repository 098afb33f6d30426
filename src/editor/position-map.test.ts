import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../domain/text/canonical-text';
import type { DocumentJson } from '../domain/types';
import { articleExtensions } from './article-schema';
import { PositionMap } from './position-map';

const paragraph = (...content: DocumentJson[]): DocumentJson => ({ type: 'paragraph', content });
const text = (value: string): DocumentJson => ({ type: 'text', text: value });

const DOC: DocumentJson = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Cloudwatt aurait lui-même demandé')] },
    paragraph(text('L’information 😀 est inexacte.\u00a0"Bercy" n\'a pas demandé d\'audit.')),
    paragraph(),
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [paragraph(text('Premier'), { type: 'hardBreak' }, text('point 𝄞'))],
        },
      ],
    },
    { type: 'blockquote', content: [paragraph(text('« Cloudwatt est là »'))] },
  ],
};

function headless(doc: DocumentJson): Editor {
  return new Editor({ extensions: articleExtensions, content: doc });
}

describe('PositionMap', () => {
  const editor = headless(DOC);
  const map = new PositionMap(editor.state.doc);
  const cps = [...map.text];

  it('builds the same canonical text as the domain does from JSON', () => {
    expect(map.text).toBe(canonicalText(DOC));
    expect(map.text).toBe(canonicalText(editor.getJSON() as DocumentJson));
  });

  it.each([
    ['a heading', 'Cloudwatt'],
    ['text after an astral emoji', 'est inexacte'],
    ['a quote after a non-breaking space', '"Bercy" n\'a pas demandé d\'audit'],
    ['text after a hard break, with an astral char', 'point 𝄞'],
    ['a blockquote with guillemets', '« Cloudwatt est là »'],
  ])('maps %s to positions whose document text is the quote', (_name, quote) => {
    const utf16 = map.text.indexOf(quote);
    const start = [...map.text.slice(0, utf16)].length;
    const end = start + [...quote].length;
    expect(cps.slice(start, end).join('')).toBe(quote);
    const from = map.posAt(start);
    const to = map.endPosAt(end);
    expect(editor.state.doc.textBetween(from, to, '\n\n', '\n')).toBe(quote);
    expect(map.offsetAt(from)).toBe(start);
    expect(map.offsetAt(to)).toBe(end);
  });

  it('round-trips every code point offset inside blocks', () => {
    for (let offset = 0; offset <= cps.length; offset++) {
      if (cps[offset - 1] === '\n' && cps[offset] === '\n') continue; // between blocks
      if (cps[offset] === '\n' && cps[offset + 1] === '\n') {
        expect(map.offsetAt(map.endPosAt(offset))).toBe(offset);
        continue;
      }
      expect(map.offsetAt(map.posAt(offset))).toBe(offset);
    }
  });

  it('clamps positions outside text blocks to the nearest block edge', () => {
    expect(map.offsetAt(0)).toBe(0);
    expect(map.offsetAt(editor.state.doc.content.size)).toBe(cps.length);
  });

  it('handles an empty document', () => {
    const empty = new PositionMap(headless({ type: 'doc', content: [paragraph()] }).state.doc);
    expect(empty.text).toBe('');
    expect(empty.offsetAt(5)).toBe(0);
  });
});
