// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleExtensions } from './article-schema';
import { HighlightRegistry } from './highlight-registry';

// jsdom has no CSS Custom Highlight API: a Highlight is a set of ranges, CSS.highlights a map.
class FakeHighlight extends Set<Range> {
  priority = 0;
}
const registered = new Map<string, FakeHighlight>();

beforeEach(() => {
  registered.clear();
  Object.assign(globalThis, { Highlight: FakeHighlight });
  Object.assign(globalThis.CSS ?? (globalThis.CSS = {} as typeof CSS), { highlights: registered });
});

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
  document.body.replaceChildren();
});

const PARAGRAPHS = ['Bercy a commandé un audit.', 'Cloudwatt dément.', 'Une affaire à suivre.'];

/** A headless editor with three paragraphs; paragraph i starts at `starts[i]`. */
function setup() {
  // In the document, as in the app: ranges on detached nodes are built again at each sync.
  const element = document.body.appendChild(document.createElement('div'));
  const editor = new Editor({
    element,
    extensions: articleExtensions,
    content: {
      type: 'doc',
      content: PARAGRAPHS.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
  });
  editors.push(editor);
  const starts: number[] = [];
  editor.state.doc.forEach((_node, offset) => starts.push(offset + 1));
  const registry = new HighlightRegistry(editor.view, [
    ['verdict-disputed', 1],
    ['claim-selected', 2],
  ]);
  const texts = (name: string) => [...registered.get(name)!].map((r) => r.toString()).sort();
  /** A disputed claim on the first `length` characters of paragraph `paragraph`. */
  const claimOn = (key: string, paragraph: number, length: number) => ({
    key,
    from: starts[paragraph]!,
    to: starts[paragraph]! + length,
    names: ['verdict-disputed'],
  });
  return { editor, starts, registry, texts, claimOn };
}

describe('HighlightRegistry', () => {
  it('adds and removes only the ranges that changed', () => {
    const { registry, texts, claimOn } = setup();
    const bercy = claimOn('a', 0, 5);
    const cloudwatt = claimOn('b', 1, 9);
    registry.sync([bercy, cloudwatt]);
    const first = [...registered.get('verdict-disputed')!];
    expect(texts('verdict-disputed')).toEqual(['Bercy', 'Cloudwatt']);

    // Selecting one claim adds it to the selection highlight and keeps both Range objects.
    registry.sync([{ ...bercy, names: ['verdict-disputed', 'claim-selected'] }, cloudwatt]);
    expect(texts('claim-selected')).toEqual(['Bercy']);
    const cloudwattRange = first.find((r) => r.toString() === 'Cloudwatt');
    expect(registered.get('verdict-disputed')!.has(cloudwattRange!)).toBe(true);

    registry.sync([cloudwatt]);
    expect(texts('verdict-disputed')).toEqual(['Cloudwatt']);
    expect(texts('claim-selected')).toEqual([]);
    registry.destroy();
    expect(registered.size).toBe(0);
  });

  it('keeps the ranges of untouched paragraphs through an edit, at their mapped positions', () => {
    const { editor, starts, registry, texts, claimOn } = setup();
    const inFirst = claimOn('a', 0, 5);
    const inThird = claimOn('c', 2, 11);
    registry.sync([inFirst, inThird]);
    const thirdRange = [...registered.get('verdict-disputed')!].find(
      (r) => r.toString() === 'Une affaire',
    )!;

    // Typing two letters in the second paragraph shifts the third one's positions by 2.
    const tr = editor.state.tr.insertText('!!', starts[1]! + 9);
    editor.view.dispatch(tr);
    registry.follow(tr);
    registry.sync([inFirst, { ...inThird, from: inThird.from + 2, to: inThird.to + 2 }]);
    expect(registered.get('verdict-disputed')!.has(thirdRange)).toBe(true);
    expect(texts('verdict-disputed')).toEqual(['Bercy', 'Une affaire']);
  });

  it('builds again the ranges of a paragraph whose marks changed (bold), keeping the others', () => {
    const { editor, starts, registry, texts, claimOn } = setup();
    const inFirst = claimOn('a', 0, 5);
    const inThird = claimOn('c', 2, 11);
    registry.sync([inFirst, inThird]);
    const [firstRange, thirdRange] = ['Bercy', 'Une affaire'].map((words) =>
      [...registered.get('verdict-disputed')!].find((r) => r.toString() === words)!,
    );
    // Bold on "commandé" in the first paragraph: no position moves, its DOM is redrawn.
    const bold = editor.schema.marks.bold!.create();
    const tr = editor.state.tr.addMark(starts[0]! + 8, starts[0]! + 16, bold);
    editor.view.dispatch(tr);
    registry.follow(tr);
    registry.sync([inFirst, inThird]);
    const now = [...registered.get('verdict-disputed')!];
    expect(now).not.toContain(firstRange);
    expect(now).toContain(thirdRange);
    expect(texts('verdict-disputed')).toEqual(['Bercy', 'Une affaire']);
  });

  it('builds again the ranges of a paragraph an edit touched', () => {
    const { editor, starts, registry, texts, claimOn } = setup();
    const claim = claimOn('a', 0, 5);
    registry.sync([claim]);
    const before = [...registered.get('verdict-disputed')!][0];
    const tr = editor.state.tr.insertText('Le ', starts[0]!);
    editor.view.dispatch(tr);
    registry.follow(tr);
    registry.sync([{ ...claim, from: claim.from + 3, to: claim.to + 3 }]);
    expect([...registered.get('verdict-disputed')!][0]).not.toBe(before);
    expect(texts('verdict-disputed')).toEqual(['Bercy']);
  });
});
