import { useEffect, useEffectEvent, useMemo } from 'react';
import type { FindMatch } from '../../domain/text/find';
import type { ArticleEditorInstance } from '../../editor/editor-type';
import type { HighlightPainter } from '../../editor/highlight-painter';
import type { PositionMap } from '../../editor/position-map';
import { scrollToThird } from './content-point';

/**
 * Paints the find box's matches and brings the current one into view. Matches are code point
 * ranges of `text`; none are painted while the editor shows another text.
 */
export function useFindHighlights(options: {
  editor: ArticleEditorInstance;
  painter: HighlightPainter | null;
  scroller: HTMLElement | null;
  positions: PositionMap;
  text: string;
  matches: FindMatch[];
  current: number;
}): void {
  const { editor, painter, scroller, positions, text, matches, current } = options;
  const ranges = useMemo(
    () =>
      positions.text !== text
        ? []
        : matches.map((m) => ({ from: positions.posAt(m.start), to: positions.endPosAt(m.end) })),
    [matches, positions, text],
  );

  const show = useEffectEvent(() => {
    painter?.setFindMatches(ranges, current);
    const range = ranges[current];
    if (!range || !scroller) return;
    const coords = editor.view.coordsAtPos(range.from);
    const box = scroller.getBoundingClientRect();
    if (coords.top < box.top + 40 || coords.bottom > box.bottom - 40) {
      scrollToThird(scroller, coords.top);
      painter?.repaint();
    }
  });

  useEffect(() => {
    show();
  }, [ranges, current, painter]);
}
