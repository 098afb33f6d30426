/** A point inside a scroller's content (so that what is placed there scrolls with the text). */
export interface ContentPoint {
  left: number;
  top: number;
}

/** The content point of a viewport point, for a scrolling element. */
export function contentPoint(
  scroller: HTMLElement,
  clientX: number,
  clientY: number,
): ContentPoint {
  const box = scroller.getBoundingClientRect();
  return { left: clientX - box.left, top: clientY - box.top + scroller.scrollTop };
}

/** Scrolls so that a viewport height (`clientTop`) comes a third of the way down the scroller. */
export function scrollToThird(scroller: HTMLElement, clientTop: number): void {
  const box = scroller.getBoundingClientRect();
  const top = clientTop - box.top + scroller.scrollTop - box.height / 3;
  scroller.scrollTo({ top: Math.max(0, top) });
}
