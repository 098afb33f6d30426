import type { ChromeLine } from './chrome-kind';
import { headlineIndex, textLines } from './headline-index';
import { lineKey } from './line-key';

/** Why a line was proposed as the title. */
export type HeadlineReason = 'repeated' | 'after-chrome' | 'first-line';

/** The title proposed for a pasted text, and why. */
export interface HeadlineProposal {
  title: string;
  /** The line's index in the text split on line breaks. */
  line: number;
  reason: HeadlineReason;
}

/** Proposes a pasted text's title: the line its page repeats, else the first headline after the chrome, else the first line kept. */
export function proposeHeadline(text: string, chrome: ChromeLine[]): HeadlineProposal | null {
  const marks = new Map(chrome.map((mark) => [mark.line, mark]));
  const lines = textLines(text).map((line) => {
    const mark = marks.get(line.index);
    if (!mark) return line;
    return { ...line, text: mark.replacement, key: lineKey(mark.replacement), pastedKey: line.key };
  });
  const found = headlineIndex(lines);
  const at = found.at >= 0 ? found.at : lines.findIndex((line) => line.key !== '');
  const line = lines[at];
  if (!line) return null;
  const title = line.text
    .replace(/^\s*#{1,6}\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const reason: HeadlineReason = found.repeated
    ? 'repeated'
    : lines.slice(0, at).some((before) => marks.has(before.index)) || marks.has(line.index)
      ? 'after-chrome'
      : 'first-line';
  return { title, line: line.index, reason };
}
