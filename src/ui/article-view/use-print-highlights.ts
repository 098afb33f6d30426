import { useEffect } from 'react';
import type { HighlightPainter } from '../../editor/highlight-painter';

/**
 * Paints every claim for print, not only those near the view: the painter registers the claims
 * within one screen of what the article's scroller shows, so the scroller is laid out at its
 * full height (article-view.css, `.is-printing`) while the page is printed and painted again.
 */
export function usePrintHighlights(painter: HighlightPainter | null, scroller: HTMLElement | null) {
  useEffect(() => {
    if (!painter || !scroller) return;
    const print = window.matchMedia('print');
    const before = () => {
      scroller.classList.add('is-printing');
      painter.repaint();
    };
    const after = () => {
      scroller.classList.remove('is-printing');
      painter.repaint();
    };
    const changed = () => (print.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    print.addEventListener('change', changed);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      print.removeEventListener('change', changed);
    };
  }, [painter, scroller]);
}
