// @vitest-environment jsdom
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleErrorBoundary } from './ArticleErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** An article view that, like tiptap given an unknown node, throws once it is mounted. */
function View({ doc }: { doc: { ok: boolean } }) {
  useEffect(() => {
    if (!doc.ok) throw new RangeError('Unknown node type: image');
  }, [doc]);
  return <p>editor</p>;
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  root = createRoot(container);
  // React reports the error it caught; the test only looks at what is shown.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  act(() => root.unmount());
  vi.restoreAllMocks();
});

const show = (doc: { ok: boolean }) =>
  act(() =>
    root.render(
      <ArticleErrorBoundary doc={doc} fallback={(detail) => <p>damaged: {detail}</p>}>
        <View doc={doc} />
      </ArticleErrorBoundary>,
    ),
  );

describe('ArticleErrorBoundary', () => {
  it('shows the fallback instead of a view that fails, and tries a new document again', () => {
    show({ ok: true });
    expect(container.textContent).toBe('editor');
    show({ ok: false });
    expect(container.textContent).toBe('damaged: Unknown node type: image');
    // The same document read again (a new object) is not tried again.
    show({ ok: false });
    expect(container.textContent).toBe('damaged: Unknown node type: image');
    show({ ok: true });
    expect(container.textContent).toBe('editor');
  });
});
