import type { Node as PmNode } from '@tiptap/pm/model';
import { BLOCK_SEPARATOR } from '../domain/text/canonical-text';
import { createOffsetIndex, type OffsetIndex } from '../domain/text/code-points';

interface BlockSpan {
  /** ProseMirror position of the block's first inline position. */
  pos: number;
  /** UTF-16 offset of the block's first character in canonical text. */
  offset: number;
  /** UTF-16 length of the block's text (equals its ProseMirror content size). */
  length: number;
}

/**
 * Maps between ProseMirror positions and canonical-text offsets (code points) for one document.
 * Inside a textblock one position is one UTF-16 unit (a hard break is one position and "\n"),
 * so the map is linear per block and only the block table is stored.
 */
export class PositionMap {
  readonly text: string;
  readonly index: OffsetIndex;
  private readonly blocks: BlockSpan[];

  constructor(doc: PmNode) {
    const blocks: BlockSpan[] = [];
    const parts: string[] = [];
    let offset = 0;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      let text = '';
      node.forEach((child) => {
        if (child.isText) text += child.text ?? '';
        else if (child.type.name === 'hardBreak') text += '\n';
        // Other inline leaves do not exist in the article schema; keep sizes aligned if they do.
        else text += '\uFFFC'.repeat(child.nodeSize);
      });
      if (text.length === 0) return false;
      if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
      blocks.push({ pos: pos + 1, offset, length: text.length });
      parts.push(text);
      offset += text.length;
      return false;
    });
    this.blocks = blocks;
    this.text = parts.join(BLOCK_SEPARATOR);
    this.index = createOffsetIndex(this.text);
  }

  /** The ProseMirror position of a code-point offset; an offset between blocks clamps to the end of the block before. */
  posAt(cpOffset: number): number {
    const utf16 = this.index.toUtf16(cpOffset);
    const block = this.blockAtOffset(utf16);
    if (!block) return 0;
    if (utf16 < block.offset) return block.pos;
    return block.pos + Math.min(utf16 - block.offset, block.length);
  }

  /** The ProseMirror position where a code-point range ends, snapping back out of separators. */
  endPosAt(cpOffset: number): number {
    const utf16 = this.index.toUtf16(cpOffset);
    const block = this.blockAtOffset(utf16 - 1);
    if (!block) return 0;
    return block.pos + Math.min(Math.max(utf16 - block.offset, 0), block.length);
  }

  /** The code-point offset of a ProseMirror position (clamped into the nearest block). */
  offsetAt(pos: number): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    let found: BlockSpan | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const block = this.blocks[mid]!;
      if (block.pos <= pos) {
        found = block;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!found) return 0;
    const utf16 = found.offset + Math.min(Math.max(pos - found.pos, 0), found.length);
    return this.index.toCodePoint(utf16);
  }

  /** The textblocks: ProseMirror position of each one's content and its length in positions. */
  blockSpans(): readonly { pos: number; length: number }[] {
    return this.blocks;
  }

  /** The last block starting at or before a UTF-16 offset, or the first block. */
  private blockAtOffset(utf16: number): BlockSpan | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    let found = this.blocks[0];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const block = this.blocks[mid]!;
      if (block.offset <= utf16) {
        found = block;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
