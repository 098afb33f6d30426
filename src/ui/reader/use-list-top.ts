import { useEffect, useRef, useState } from 'react';

/**
 * A scrolling panel's ref, where its list starts inside it (below the panel's sticky header and
 * filters), and the ref callback that gives the list element. The panel's scroll padding follows
 * the header's height, so that what is scrolled into view stays clear of it.
 */
export function useListTop() {
  const scroller = useRef<HTMLElement>(null);
  // Where the list starts inside the scrolling panel (below the header and the filters),
  // measured when their size changes rather than on every render (that forced a layout).
  const [listTop, setListTop] = useState(0);
  // The state setter is the ref: a stable callback (a new one each render made React detach and
  // attach the list, and measure it again, at every render).
  const [listElement, setListElement] = useState<HTMLOListElement | null>(null);
  useEffect(() => {
    const panel = scroller.current;
    if (!listElement || !panel) return;
    const measure = () => {
      setListTop(listElement.offsetTop);
      // Scrolling something into view (the selected card, the filter box while typing) keeps
      // it clear of the sticky header instead of under it.
      const header = panel.firstElementChild as HTMLElement | null;
      panel.style.scrollPaddingTop = `${header?.offsetHeight ?? 0}px`;
    };
    const observer = new ResizeObserver(measure);
    for (const child of panel.children) if (child !== listElement) observer.observe(child);
    measure();
    return () => observer.disconnect();
  }, [listElement]);
  return { scroller, listTop, setListElement };
}
