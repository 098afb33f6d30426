import { DATELINE, BYLINE } from './chrome-patterns';
import { lineKey, wordCount } from './line-key';

/** A non-blank line of a text: its index among all lines, its text and its key (lineKey). */
export interface TextLine {
  index: number;
  text: string;
  key: string;
  /** The key of the line as pasted, before any chrome is taken out of it. */
  pastedKey?: string;
}

/** The non-blank lines of a text, with their index among all its lines. */
export function textLines(text: string): TextLine[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((raw, index) => ({ index, text: raw, key: lineKey(raw) }))
    .filter((line) => line.key !== '');
}

// A headline: a few words, not a sentence, not a date or a byline.
function looksLikeHeadline(line: TextLine): boolean {
  const words = wordCount(line.key);
  if (words < 3 || words > 30 || line.key.length > 200) return false;
  if (/[.;,:]$/u.test(line.key) && !/\.{3}|…$/u.test(line.key)) return false;
  return !DATELINE.test(line.key) && !BYLINE.test(line.text.trim());
}

// How far down a page its headline may be repeated from: it is near the top, and each candidate
// is compared with every line.
const HEADLINE_WINDOW = 60;

/** Where a text's headline is among its lines (-1: none), and whether the page repeats it. */
export interface HeadlineAt {
  at: number;
  repeated: boolean;
}

/**
 * Finds the article's headline: a line that the page repeats (as a heading, in a breadcrumb or
 * a share box), else the first headline-like line that is not chrome.
 */
export function headlineIndex(lines: TextLine[]): HeadlineAt {
  const pasted = lines.map((line) => line.pastedKey ?? line.key);
  // Repeats further down are pull quotes and "read also" links rather than the headline.
  const repeated = lines.findIndex(
    (line, i) =>
      i < Math.min(lines.length / 2, HEADLINE_WINDOW) &&
      looksLikeHeadline(line) &&
      pasted.some((other, j) => j !== i && (other === line.key || other.endsWith(line.key))),
  );
  if (repeated >= 0) return { at: repeated, repeated: true };
  return { at: lines.findIndex(looksLikeHeadline), repeated: false };
}
