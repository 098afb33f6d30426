import type { DocumentJson } from '../types';
import { BLOCK_SEPARATOR } from './canonical-text';

/** One paragraph of a block of canonical text: its lines, joined by hard breaks. */
function paragraphOf(block: string): DocumentJson {
  const content: DocumentJson[] = [];
  block.split('\n').forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    if (line !== '') content.push({ type: 'text', text: line });
  });
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/**
 * A document of plain paragraphs rebuilt from canonical text: a blank line ("\n\n") splits
 * paragraphs, a single "\n" is a hard break. `canonicalText` of the result is the text (NFC): a
 * split is only made between two non-empty blocks, since canonical text skips empty ones.
 */
export function documentFromText(text: string): DocumentJson {
  const blocks: string[] = [];
  let current: string | undefined;
  for (const piece of text.normalize('NFC').split(BLOCK_SEPARATOR)) {
    if (current === undefined) current = piece;
    else if (current !== '' && piece !== '') {
      blocks.push(current);
      current = piece;
    } else current += BLOCK_SEPARATOR + piece;
  }
  if (current) blocks.push(current);
  return {
    type: 'doc',
    content: blocks.length > 0 ? blocks.map(paragraphOf) : [{ type: 'paragraph' }],
  };
}
