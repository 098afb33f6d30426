import { offsetIndexOf, type OffsetIndex } from '../text/code-points';
import type { Anchor } from '../types';

/** How many code points of context an anchor keeps on each side of its quote. */
export const CONTEXT_LENGTH = 32;

const WHITESPACE = /\s/;

/**
 * Narrows a code point range (in either order) to exclude whitespace at both edges; empty if
 * all whitespace. Pass the text's offset index when calling this for many ranges of one text.
 */
export function trimRange(
  text: string,
  start: number,
  end: number,
  index: OffsetIndex = offsetIndexOf(text),
): { start: number; end: number } {
  const first = index.toCodePoint(index.toUtf16(Math.min(start, end)));
  let from = index.toUtf16(first);
  let to = index.toUtf16(Math.max(start, end));
  // Whitespace is always one UTF-16 unit, so unit steps are code point steps here.
  while (from < to && WHITESPACE.test(text.charAt(from))) from++;
  while (to > from && WHITESPACE.test(text.charAt(to - 1))) to--;
  if (from === to) return { start: first, end: first };
  return { start: index.toCodePoint(from), end: index.toCodePoint(to) };
}

/**
 * The anchor of a code point range of canonical text: its quote, context and offsets. Pass the
 * text's offset index when describing many ranges of one text (building it scans the text).
 */
export function describeAnchor(
  text: string,
  start: number,
  end: number,
  index: OffsetIndex = offsetIndexOf(text),
): Anchor {
  const from = index.toUtf16(Math.min(start, end));
  const to = index.toUtf16(Math.max(start, end));
  const first = index.toCodePoint(from);
  const last = index.toCodePoint(to);
  return {
    exact: text.slice(from, to),
    prefix: text.slice(index.toUtf16(first - CONTEXT_LENGTH), from),
    suffix: text.slice(to, index.toUtf16(last + CONTEXT_LENGTH)),
    start: first,
    end: last,
  };
}
