/** A line as the chrome heuristics compare it: Markdown markers and outer spaces gone, spaces folded, apostrophes straight, lower case. */
export function lineKey(line: string): string {
  return line
    .normalize('NFC')
    .replace(/^\s*(?:#{1,6}|[-*+•]|\d{1,2}[.)]|>)\s+/u, '')
    .replace(/[’ʼ‘`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The number of words of a line key. */
export function wordCount(key: string): number {
  return key === '' ? 0 : key.split(' ').length;
}
