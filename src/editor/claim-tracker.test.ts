// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { articleExtensions } from './article-schema';
import { ClaimTracker, trackClaims, trackedRanges, type TrackedRange } from './claim-tracker';
import { reviewModeKey, ReviewMode } from './review-mode';

const TEXT = `"L'information est inexacte.\u00a0"Bercy" n'a pas demandé d'audit.\u00a0C'est Cloudwatt.`;
const QUOTE = `"Bercy" n'a pas demandé d'audit`;

const editors: Editor[] = [];

// ProseMirror's view keeps timers; a view left alive would fire them after jsdom is gone.
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** A headless editor in edit mode tracking one claim on QUOTE; positions are text offset + 1. */
function setup() {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...articleExtensions, ReviewMode, ClaimTracker],
    content: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: TEXT }] }],
    },
  });
  editors.push(editor);
  const from = TEXT.indexOf(QUOTE) + 1;
  const ranges = new Map<string, TrackedRange>([['c1', { from, to: from + QUOTE.length }]]);
  editor.view.dispatch(
    trackClaims(editor.state.tr.setMeta(reviewModeKey, { editing: true }), ranges),
  );
  const words = () => {
    const range = trackedRanges(editor.state).get('c1');
    return range ? editor.state.doc.textBetween(range.from, range.to) : null;
  };
  const caretAt = (pos: number) =>
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos)));
  const type = (text: string) => {
    const { from: a, to: b } = editor.state.selection;
    editor.view.dispatch(editor.state.tr.insertText(text, a, b));
  };
  const select = (a: number, b: number) =>
    editor.view.dispatch(
      editor.state.tr.setSelection(TextSelection.create(editor.state.doc, a, b)),
    );
  return { editor, from, words, caretAt, type, select };
}

describe('ClaimTracker', () => {
  it('keeps a claim on its words when text is typed or deleted before it', () => {
    const { editor, words, caretAt, type } = setup();
    caretAt(1);
    type('Selon Cloudwatt : ');
    expect(words()).toBe(QUOTE);
    editor.view.dispatch(editor.state.tr.delete(1, 30));
    expect(words()).toBe(QUOTE);
  });

  it('keeps text typed at the edges of an untouched claim outside it', () => {
    const { from, words, caretAt, type } = setup();
    caretAt(from);
    type('X');
    caretAt(from + 1 + QUOTE.length);
    type('Y');
    expect(words()).toBe(QUOTE);
  });

  it('follows a word fixed inside the claim, including its last word', () => {
    const { from, words, select, type } = setup();
    const at = from + QUOTE.indexOf('demandé');
    select(at, from + QUOTE.length);
    for (const char of "réclamé d'audit") type(char);
    expect(words()).toBe(`"Bercy" n'a pas réclamé d'audit`);
    const first = from;
    select(first, first + '"Bercy"'.length);
    for (const char of '« Bercy »') type(char);
    expect(words()).toBe(`« Bercy » n'a pas réclamé d'audit`);
  });

  it('orphans a claim whose words are all deleted, and undo brings text and claim back', () => {
    const { editor, from, words } = setup();
    editor.view.dispatch(editor.state.tr.delete(from - 1, from + QUOTE.length + 1));
    expect(words()).toBeNull();
    editor.commands.undo();
    expect(editor.state.doc.textContent).toBe(TEXT);
    expect(words()).toBe(QUOTE);
    editor.commands.redo();
    expect(words()).toBeNull();
  });

  it('refuses every text change while reviewing', () => {
    const { editor } = setup();
    editor.view.dispatch(editor.state.tr.setMeta(reviewModeKey, { editing: false }));
    editor.view.dispatch(editor.state.tr.insertText('X', 1));
    expect(editor.state.doc.textContent).toBe(TEXT);
  });
});
