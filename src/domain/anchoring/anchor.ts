import { neighbourHints, type AnchorHint } from './anchor-hint';
import { CONTEXT_FLOOR, locateFuzzy, NEAR_DISTANCE } from './locate-fuzzy';
import {
  agreementOf,
  bestHit,
  copiesOf,
  scoredHits,
  unrivalled,
  type QuoteHit,
} from './quote-hits';
import {
  AnchorText,
  contextFits,
  distanceFromExpected,
  inRanges,
  type FoldedRange,
  type WantedQuote,
} from './anchor-text';
import { codePointLength } from '../text/code-points';
import { foldString } from '../text/match-text';
import type { Anchor, AnchorStatus } from '../types';

/** Quotes shorter than this (code points) are never matched fuzzily: too many look-alikes. */
const SHORT_QUOTE = 10;
/** Prefix plus suffix agreement (0..2) above which an occurrence is trusted without a second look. */
const TRUSTED_AGREEMENT = 1;
/** Agreement each side of a moved quote's context needs for the move to guide its neighbours. */
const SOLID_CONTEXT = 0.95;
/**
 * Rounds of `locateSolid` over the anchors left: each round's ranges, narrowed by the matches
 * settled before, single out copies of a quote that were ambiguous in the whole text.
 */
export const SOLID_ROUNDS = 2;

/** Where an anchor was found (code points) and by which stage; an orphan keeps its stored offsets. */
export interface AnchorMatch {
  start: number;
  end: number;
  status: AnchorStatus;
  /** How close an `approximate` match is, from 0 to 1. */
  score?: number;
  /**
   * On an orphan: the same words standing in another context (neither prefix nor suffix
   * agreeing, or out of order with the claim's neighbours), for the user to accept or not.
   */
  suggestion?: { start: number; end: number };
}

declare const anchorContextBrand: unique symbol;

/** One text prepared for locating many anchors in it; build with `createAnchorContext`. */
export interface AnchorContext {
  readonly [anchorContextBrand]: true;
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
  // Each stage (a round of `locateSolid`, the search) asks again: folded once is enough.
  let known = text.atOffsets.get(anchor);
  if (known === undefined) {
    known = isFoldedAtOffsets(text, anchor);
    text.atOffsets.set(anchor, known);
  }
  return known;
}

/** The quote folded is at its offsets, and so is its context (as far as the text has room). */
function isFoldedAtOffsets(text: AnchorText, anchor: Anchor): boolean {
  const { start, end, exact } = anchor;
  if (!(start >= 0 && start <= end && end <= text.index.length)) return false;
  const raw = text.raw;
  const from = text.index.toUtf16(start);
  const to = text.index.toUtf16(end);
  const sameQuote = to - from === exact.length && raw.startsWith(exact, from);
  const folded = text.foldedAnchor(anchor);
  if (!sameQuote && foldString(raw.slice(from, to)) !== folded.quote) return false;
  return (
    contextFits(text, folded.prefix, text.foldedAt(from), 'before') &&
    contextFits(text, folded.suffix, text.foldedAt(to), 'after')
  );
}

/** The quote, context and expected place of an anchor in a prepared text; undefined if blank. */
function wantedOf(text: AnchorText, anchor: Anchor, hint: AnchorHint): WantedQuote | undefined {
  const { quote, prefix, suffix } = text.foldedAnchor(anchor);
  if (quote.trim().length === 0) return undefined;
  const folded = (at: number) => text.foldedAt(text.index.toUtf16(at));
  // A shift that puts the claim outside the text keeps its distance from the text's edge.
  const length = text.index.length;
  const beyond = (at: number) =>
    at < 0 ? at : at > length ? folded(length) + at - length : folded(at);
  return {
    quote,
    prefix,
    suffix,
    expected: beyond(hint.expected ?? anchor.start),
    alsoExpected: beyond(hint.alsoExpected ?? hint.expected ?? anchor.start),
    ranges: (hint.ranges ?? []).map((range) => ({
      start: folded(Math.max(0, range.start)),
      end: Number.isFinite(range.end) ? folded(range.end) : text.fold.folded.length,
    })),
    endBefore: hint.endBefore === undefined ? text.fold.folded.length : folded(hint.endBefore),
    mayBeGone: hint.expected !== undefined && (!hint.bothSides || !!hint.deletedBetween),
  };
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

/** A match found at the anchor's offsets or as the same words elsewhere. */
function movedMatch(text: AnchorText, anchor: Anchor, range: FoldedRange): AnchorMatch {
  const { start, end } = text.toCodePoints(range);
  const same = start === anchor.start && end === anchor.end;
  return { start, end, status: same ? 'exact' : 'moved' };
}

/** What `locateSolid` returns when no later round can settle the anchor: no copy to weigh. */
export const NO_COPY = 'no copy';

/**
 * The anchor's match when it is certain enough to guide its neighbours: at its offsets, or
 * the one occurrence of its quote (in the hint's range) with both sides of its context intact;
 * null when it takes the full tiers, NO_COPY when narrower ranges cannot change that.
 */
export function locateSolid(
  ctx: AnchorContext,
  anchor: Anchor,
  hint: AnchorHint = {},
): AnchorMatch | null | typeof NO_COPY {
  const text = ctx as unknown as AnchorText;
  if (isAtOffsets(text, anchor)) return { start: anchor.start, end: anchor.end, status: 'exact' };
  const wanted = wantedOf(text, anchor, hint);
  if (!wanted || codePointLength(wanted.quote.trim()) < SHORT_QUOTE) return NO_COPY;
  const all = copiesOf(text, wanted);
  if (all.length === 0) return NO_COPY;
  const hits = scoredHits(
    text,
    wanted,
    all.filter((at) => inRanges(wanted, at, at + wanted.quote.length)),
  );
  // The one copy of the quote, one side of its context intact; or the one with both intact.
  const alone = all.length === 1 && hits.length === 1 ? hits[0]! : undefined;
  if (alone && Math.max(alone.prefix, alone.suffix) >= SOLID_CONTEXT) {
    return movedMatch(text, anchor, alone);
  }
  const solid = hits.filter((hit) => Math.min(hit.prefix, hit.suffix) >= SOLID_CONTEXT);
  if (solid.length !== 1) return null;
  // A near-duplicate whose context differs by a figure or two is no less likely the claim's.
  const only = unrivalled(solid[0], hits);
  if (!only) return null;
  // Away from where its neighbours went, their ranges cannot single out a look-alike.
  const near = Math.max(2 * wanted.quote.length, NEAR_DISTANCE);
  if (distanceFromExpected(wanted, only.start) > near) {
    const others = scoredHits(text, wanted, all).filter((hit) => hit.start !== only.start);
    if (!unrivalled(only, others)) return null;
  }
  return movedMatch(text, anchor, only);
}

/**
 * Finds an anchor in a prepared text by the tiers of docs/DESIGN.md, within the range its
 * located neighbours allow (`hint`); if unsure, it orphans it, with the same words in another
 * context as a suggestion when there are some.
 */
export function locateAnchor(
  ctx: AnchorContext,
  anchor: Anchor,
  hint: AnchorHint = {},
): AnchorMatch {
  const steps = locateAnchorSteps(ctx, anchor, hint);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `locateAnchor` in steps: yields between the parts of a whole-text search (each a few
 * milliseconds), so that a caller working in time slices can pause it; returns the match.
 */
export function* locateAnchorSteps(
  ctx: AnchorContext,
  anchor: Anchor,
  hint: AnchorHint = {},
): Generator<void, AnchorMatch> {
  const text = ctx as unknown as AnchorText;
  if (isAtOffsets(text, anchor)) return { start: anchor.start, end: anchor.end, status: 'exact' };
  const orphan: AnchorMatch = { start: anchor.start, end: anchor.end, status: 'orphaned' };
  const wanted = wantedOf(text, anchor, hint);
  if (!wanted) return orphan;
  const all = copiesOf(text, wanted);
  const hits = scoredHits(text, wanted, all);
  const holds = (h: QuoteHit) => h.prefix >= CONTEXT_FLOOR || h.suffix >= CONTEXT_FLOOR;
  const allowed = hits.filter((h) => inRanges(wanted, h.start, h.end));
  // At the place its neighbours' shift predicts, a copy beats a look-alike with closer context.
  const near = Math.max(2 * wanted.quote.length, NEAR_DISTANCE);
  const isNear = (h: QuoteHit) => distanceFromExpected(wanted, h.start) <= near;
  const nearby = allowed.filter((h) => isNear(h) && holds(h));
  // Copies where either neighbour's shift predicts the claim: nothing tells which is its own.
  const trusted = nearby.filter((h) => agreementOf(h) >= TRUSTED_AGREEMENT);
  const predicted = trusted.length > 1 ? undefined : bestHit(nearby);
  // Predicted by one side only, or where text between its neighbours was deleted (perhaps its
  // own), a copy is the claim's only if no other copy's context rivals it, or, between
  // neighbours, one side of its context is intact: look-alikes' differ by a figure or a name.
  const intactSide = (h: QuoteHit) => Math.max(h.prefix, h.suffix) >= 1;
  const sure =
    hint.bothSides && (!hint.deletedBetween || (predicted !== undefined && intactSide(predicted)));
  const placed = sure ? predicted : unrivalled(predicted, hits);
  // Away from where its neighbours went, only context tells copies apart: one must stand out.
  const away = unrivalled(bestHit(allowed.filter((h) => !isNear(h) && holds(h))), hits);
  // Without neighbours to say where the claim went, any copy whose context agrees may be it.
  const guided = hint.expected !== undefined || trusted.length > 1;
  for (const hit of guided ? [placed] : [placed, away]) {
    if (hit && agreementOf(hit) >= TRUSTED_AGREEMENT) return movedMatch(text, anchor, hit);
  }
  // A short quote recurs by chance: only its context can tell it is still the quoted one.
  if (codePointLength(wanted.quote.trim()) < SHORT_QUOTE) return orphan;
  // The same words amid foreign context may be a stray copy, the quote edited in place likelier.
  // Edited words win over a copy only where the context says so: better than the best copy's.
  const fuzzy = yield* locateFuzzy(text, wanted, all);
  const copy = bestHit(allowed.filter(holds));
  if (fuzzy && (!copy || fuzzy.prefix + fuzzy.suffix > agreementOf(copy))) {
    return { ...text.toCodePoints(fuzzy), status: 'approximate', score: fuzzy.score };
  }
  if (placed) return movedMatch(text, anchor, placed);
  // Away from where its neighbours went, a copy is the claim only with all its context.
  const intact = away && Math.min(away.prefix, away.suffix) >= SOLID_CONTEXT;
  if (away && (!guided || intact)) return movedMatch(text, anchor, away);
  // Words whose context fails on both sides are another sentence's: offered, never settled.
  const stray = predicted ?? bestHit(hits);
  return stray ? { ...orphan, suggestion: text.toCodePoints(stray) } : orphan;
}

/** Locates many anchors in one text, sharing the prepared text between them. */
export function locateAnchors(text: string, anchors: Anchor[]): AnchorMatch[] {
  const ctx = createAnchorContext(text);
  // Certain matches first (as the reader's locator does), so that they guide the others.
  const settled = anchors.map((anchor) => locateVerbatim(ctx, anchor) ?? undefined);
  const open = new Set(anchors.keys());
  for (const [i, match] of settled.entries()) if (match) open.delete(i);
  for (let round = 0; round < SOLID_ROUNDS && open.size > 0; round++) {
    const hints = neighbourHints(anchors, settled);
    for (const i of open) {
      const solid = locateSolid(ctx, anchors[i]!, hints[i]);
      if (solid === NO_COPY) open.delete(i);
      else if (solid) {
        settled[i] = solid;
        open.delete(i);
      }
    }
  }
  if (settled.every((match) => match !== undefined)) return settled as AnchorMatch[];
  const hints = neighbourHints(anchors, settled);
  return anchors.map((anchor, i) => settled[i] ?? locateAnchor(ctx, anchor, hints[i]));
}
