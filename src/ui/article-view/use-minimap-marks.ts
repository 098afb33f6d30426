import { useEffect, useMemo, useState } from 'react';
import { BlockLayout } from '../../editor/block-layout';
import type { ArticleEditorInstance } from '../../editor/editor-type';
import type { PaintedClaim } from '../../editor/highlight-painter';
import type { PositionMap } from '../../editor/position-map';
import type { MinimapMark } from './Minimap';

/**
 * Where each painted claim sits on the minimap: block geometry measured once per layout (and
 * again when the article's size changes), never while editing (the minimap is hidden then).
 */
export function useMinimapMarks(
  editor: ArticleEditorInstance,
  positions: PositionMap,
  painted: PaintedClaim[],
  editing: boolean,
): MinimapMark[] {
  const [layoutVersion, setLayoutVersion] = useState(0);
  useEffect(() => {
    const observer = new ResizeObserver(() => setLayoutVersion((v) => v + 1));
    observer.observe(editor.view.dom);
    return () => observer.disconnect();
  }, [editor]);
  const layout = useMemo(
    () => (layoutVersion > 0 && !editing ? new BlockLayout(editor.view, positions) : null),
    [editor, positions, layoutVersion, editing],
  );
  return useMemo(
    () =>
      layout
        ? painted.map((c) => ({ id: c.id, verdict: c.verdict, at: layout.fractionAt(c.from) }))
        : [],
    [layout, painted],
  );
}
