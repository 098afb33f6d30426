import type { DocumentJson } from '../types';

/** Node types whose children are inline content: each one is a block of canonical text. */
export const TEXTBLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'codeBlock']);

/** The string that separates two blocks in canonical text (docs/DESIGN.md, "Words"). */
export const BLOCK_SEPARATOR = '\n\n';

/** The plain text of one textblock: its text nodes, with hard breaks as "\n". */
export function textblockText(block: DocumentJson): string {
  let text = '';
  for (const child of block.content ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type === 'hardBreak') text += '\n';
  }
  return text;
}

/** Every non-empty textblock of a document, in reading order. */
export function textblocks(doc: DocumentJson): DocumentJson[] {
  const blocks: DocumentJson[] = [];
  const visit = (node: DocumentJson): void => {
    if (TEXTBLOCK_TYPES.has(node.type)) {
      if (textblockText(node).length > 0) blocks.push(node);
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return blocks;
}

/**
 * The canonical text of a document: non-empty textblocks joined by a blank line, NFC.
 * Empty blocks are skipped so that an empty paragraph never shifts offsets.
 */
export function canonicalText(doc: DocumentJson): string {
  return textblocks(doc).map(textblockText).join(BLOCK_SEPARATOR).normalize('NFC');
}
