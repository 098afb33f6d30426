import { SELECTED_HIGHLIGHT } from '../../editor/highlight-painter';

/** Whether two boxes share some area. */
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.width + a.height > 0 &&
  a.bottom > b.top &&
  a.top < b.bottom &&
  a.right > b.left &&
  a.left < b.right;

/** The part of the window a box is shown in, clipped by the element that scrolls it. */
function visibleBox(scroller: Element | null): DOMRect {
  const view = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  if (!scroller) return view;
  const box = scroller.getBoundingClientRect();
  const left = Math.max(box.left, 0);
  const top = Math.max(box.top, 0);
  const right = Math.min(box.right, view.right);
  const bottom = Math.min(box.bottom, view.bottom);
  return new DOMRect(left, top, Math.max(right - left, 0), Math.max(bottom - top, 0));
}

/**
 * Whether the selected claim can be seen: its card in the claims panel, or its highlight in the
 * article (the painter registers the selected claim's ranges under SELECTED_HIGHLIGHT). A
 * verdict key acts on the selected claim only then, so that a stray key never re-judges a claim
 * out of sight.
 */
export function selectedClaimOnScreen(claimId: string): boolean {
  const card = document.querySelector(`.claims-panel [data-claim-id="${CSS.escape(claimId)}"]`);
  if (card && overlaps(card.getBoundingClientRect(), visibleBox(card.closest('.claims-panel')))) {
    return true;
  }
  const ranges = typeof CSS !== 'undefined' ? CSS.highlights?.get(SELECTED_HIGHLIGHT) : undefined;
  if (!ranges) return false;
  const box = visibleBox(document.querySelector('.article-scroller'));
  for (const range of ranges) {
    if (range instanceof Range && overlaps(range.getBoundingClientRect(), box)) return true;
  }
  return false;
}
