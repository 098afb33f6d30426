import { locateFuzzy } from './locate-fuzzy';
import {
  AnchorText,
  contextAgreement,
  contextFits,
  type FoldedRange,
  type WantedQuote,
} from './anchor-text';
import { codePointLength, offsetIndexOf, type OffsetIndex } from '../text/code-points';
import { foldString } from '../text/match-text';
import type { Anchor, AnchorStatus } from '../types';

/** How many code points of context an anchor keeps on each side of its quote. */
export const CONTEXT_LENGTH = 32;

/** Quotes shorter than this (code points) are never matched fuzzily: too many look-alikes. */
const SHORT_QUOTE = 10;
/** The most occurrences of a quote whose context is compared (nearest first). */
const MAX_OCCURRENCES = 1000;
/** Prefix plus suffix agreement (0..2) above which an occurrence is trusted without a second look. */
const TRUSTED_AGREEMENT = 1;
const WHITESPACE = /\s/;

/** Where an anchor was found (code points) and by which stage; an orphan keeps its stored offsets. */
export interface AnchorMatch {
  start: number;
  end: number;
  status: AnchorStatus;
  /** How close an `approximate` match is, from 0 to 1. */
  score?: number;
}

declare const anchorContextBrand: unique symbol;

/** One text prepared for locating many anchors in it; build with `createAnchorContext`. */
export interface AnchorContext {
  readonly [anchorContextBrand]: true;
}

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

/** Prepares a text for locating anchors: offset index now, folded text on first need. */
export function createAnchorContext(text: string): AnchorContext {
  return new AnchorText(text) as unknown as AnchorContext;
}

/** The quote and its context are at the anchor's offsets character for character. */
function isVerbatimAtOffsets(text: AnchorText, anchor: Anchor): boolean {
  const { start, end, exact, prefix, suffix } = anchor;
  if (!(start >= 0 && start <= end && end <= text.index.length)) return false;
  const raw = text.raw;
  const from = text.index.toUtf16(start);
  const to = text.index.toUtf16(end);
  return (
    to - from === exact.length &&
    raw.startsWith(exact, from) &&
    from >= prefix.length &&
    raw.startsWith(prefix, from - prefix.length) &&
    raw.startsWith(suffix, to)
  );
}

/** Stage 1: the quote is still at its offsets with its context around it. */
function isAtOffsets(text: AnchorText, anchor: Anchor): boolean {
  // The common case, an untouched text, is settled without folding anything.
  if (isVerbatimAtOffsets(text, anchor)) return true;
  const { start, end, exact, prefix, suffix } = anchor;
  if (!(start >= 0 && start <= end && end <= text.index.length)) return false;
  const raw = text.raw;
  const from = text.index.toUtf16(start);
  const to = text.index.toUtf16(end);
  const sameQuote = to - from === exact.length && raw.startsWith(exact, from);
  if (!sameQuote && foldString(raw.slice(from, to)) !== foldString(exact)) return false;
  return (
    contextFits(text, foldString(prefix), text.foldedAt(from), 'before') &&
    contextFits(text, foldString(suffix), text.foldedAt(to), 'after')
  );
}

/** An occurrence of the exact quote, with how well its context agrees (0..2). */
interface QuoteHit extends FoldedRange {
  agreement: number;
}

/** Stage 2: among the quote's exact occurrences, the best by context agreement then nearness. */
function bestHit(text: AnchorText, wanted: WantedQuote, hits: number[]): QuoteHit | undefined {
  const { quote, expected } = wanted;
  const nearest = [...hits].sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected));
  let best: QuoteHit | undefined;
  for (const at of nearest.slice(0, MAX_OCCURRENCES)) {
    const end = at + quote.length;
    const agreement =
      contextAgreement(text, wanted.prefix, at, 'before') +
      contextAgreement(text, wanted.suffix, end, 'after');
    // Strictly better only: among equals the nearest, seen first, stays.
    if (!best || agreement > best.agreement) best = { start: at, end, agreement };
  }
  return best;
}

/**
 * The anchor's match when its quote and context are still at its offsets character for
 * character (the common case), found without folding the text; null when it takes a search.
 */
export function locateVerbatim(ctx: AnchorContext, anchor: Anchor): AnchorMatch | null {
  const text = ctx as unknown as AnchorText;
  return isVerbatimAtOffsets(text, anchor)
    ? { start: anchor.start, end: anchor.end, status: 'exact' }
    : null;
}

/**
 * Builds the next costly part of a prepared text that a search needs (see `AnchorText`); false
 * once all are built. Lets work in time slices spread that cost over several slices.
 */
export function prepareAnchorSearch(ctx: AnchorContext): boolean {
  return (ctx as unknown as AnchorText).prepareNext();
}

/** Finds an anchor in a prepared text by the tiers of docs/DESIGN.md; if unsure, it orphans it. */
export function locateAnchor(ctx: AnchorContext, anchor: Anchor): AnchorMatch {
  const text = ctx as unknown as AnchorText;
  if (isAtOffsets(text, anchor)) return { start: anchor.start, end: anchor.end, status: 'exact' };
  const orphan: AnchorMatch = { start: anchor.start, end: anchor.end, status: 'orphaned' };
  const quote = foldString(anchor.exact);
  const words = quote.trim();
  if (words.length === 0) return orphan;
  const wanted: WantedQuote = {
    quote,
    prefix: foldString(anchor.prefix),
    suffix: foldString(anchor.suffix),
    expected: text.foldedAt(text.index.toUtf16(anchor.start)),
  };
  const hits = text.occurrences(quote);
  const hit = bestHit(text, wanted, hits);
  const moved = (range: FoldedRange): AnchorMatch => {
    const { start, end } = text.toCodePoints(range);
    const same = start === anchor.start && end === anchor.end;
    return { start, end, status: same ? 'exact' : 'moved' };
  };
  if (hit && hit.agreement >= TRUSTED_AGREEMENT) return moved(hit);
  // A short quote recurs by chance: only its context can tell it is still the quoted one.
  if (codePointLength(words) < SHORT_QUOTE) return orphan;
  // The same words amid foreign context may be a stray copy, the quote edited in place likelier.
  const fuzzy = locateFuzzy(text, wanted, hits);
  if (fuzzy) return { ...text.toCodePoints(fuzzy), status: 'approximate', score: fuzzy.score };
  return hit ? moved(hit) : orphan;
}

/** Locates many anchors in one text, sharing the prepared text between them. */
export function locateAnchors(text: string, anchors: Anchor[]): AnchorMatch[] {
  const ctx = createAnchorContext(text);
  return anchors.map((anchor) => locateAnchor(ctx, anchor));
}
