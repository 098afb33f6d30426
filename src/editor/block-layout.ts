import type { EditorView } from '@tiptap/pm/view';
import type { PositionMap } from './position-map';

interface BlockBox {
  pos: number;
  length: number;
  top: number;
  height: number;
}

/**
 * Where each textblock sits vertically in the article, measured once (one layout read per
 * block), so that the vertical place of thousands of claims is computed without layout reads.
 */
export class BlockLayout {
  private readonly boxes: BlockBox[] = [];
  readonly height: number;

  constructor(view: EditorView, positions: PositionMap) {
    const origin = view.dom.getBoundingClientRect().top;
    for (const { pos, length } of positions.blockSpans()) {
      const dom = view.nodeDOM(pos - 1);
      if (!(dom instanceof HTMLElement)) continue;
      const box = dom.getBoundingClientRect();
      this.boxes.push({ pos, length, top: box.top - origin, height: box.height });
    }
    this.height = Math.max(view.dom.getBoundingClientRect().height, 1);
  }

  /** The vertical place of a position, from 0 (top of the article) to 1 (bottom). */
  fractionAt(pos: number): number {
    let lo = 0;
    let hi = this.boxes.length - 1;
    let box: BlockBox | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.boxes[mid]!.pos <= pos) {
        box = this.boxes[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!box) return 0;
    const within = box.length > 0 ? Math.min((pos - box.pos) / box.length, 1) : 0;
    return Math.min((box.top + within * box.height) / this.height, 1);
  }
}
