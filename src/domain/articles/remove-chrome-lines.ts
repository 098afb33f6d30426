import type { ChromeLine } from './chrome-kind';

/** The text without its chrome lines (a headline glued to a breadcrumb keeps the headline), blank-line runs folded. */
export function removeChromeLines(text: string, chrome: ChromeLine[]): string {
  const marks = new Map(chrome.map((mark) => [mark.line, mark]));
  const kept = text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .flatMap((line, index) => {
      const mark = marks.get(index);
      if (!mark) return [line];
      return mark.replacement === '' ? [] : [mark.replacement];
    });
  // A removed block leaves its blank lines behind: one blank line still splits two paragraphs.
  return kept
    .join('\n')
    .replace(/\n[^\S\n]*(?:\n[^\S\n]*)+\n/gu, '\n\n')
    .trim();
}
