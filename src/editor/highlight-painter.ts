import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { MAX_RATINGS } from '../domain/claims/rating-scale';
import type { Verdict } from '../domain/types';
import { VERDICTS } from '../domain/types';
import { HighlightRegistry, type Registration } from './highlight-registry';

/** A claim as painted: its ProseMirror range, verdict and, when it shows one, its rating. */
export interface PaintedClaim {
  id: string;
  from: number;
  to: number;
  verdict: Verdict;
  /** The place on the scale of the rating whose colour it shows (none: the verdict's colour). */
  rating?: number;
}

/** The CSS highlight name of a verdict (styled with `::highlight(<name>)`). */
export const highlightName = (verdict: Verdict): string => `verdict-${verdict}`;

/** The CSS highlight name of a verdict's underline alone (a rated claim's tint is its rating's). */
export const underlineName = (verdict: Verdict): string => `underline-${verdict}`;

/** The CSS highlight name of the tint of the rating at this place on the scale. */
export const ratingHighlightName = (place: number): string => `rating-${place}`;

/** The highlight names a claim is painted with: its verdict's, or its verdict's line and rating's tint. */
export const claimHighlightNames = (claim: Pick<PaintedClaim, 'verdict' | 'rating'>): string[] =>
  claim.rating === undefined
    ? [highlightName(claim.verdict)]
    : [underlineName(claim.verdict), ratingHighlightName(claim.rating)];

/** The CSS highlight name of the selected claim. */
export const SELECTED_HIGHLIGHT = 'claim-selected';

/** The CSS highlight names of the find box's matches and of its current match. */
export const FIND_HIGHLIGHT = 'find-match';
export const FIND_CURRENT_HIGHLIGHT = 'find-current';

/** A ProseMirror range. */
export interface PmRange {
  from: number;
  to: number;
}

/** Whether this browser has the CSS Custom Highlight API. */
export const canPaintHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/**
 * Paints claims with the CSS Custom Highlight API, registering only those within one screen of
 * the visible part of the article: Chromium recomputes every registered range on any DOM change,
 * so a small registered set keeps typing and scrolling fast (docs/DESIGN.md, "Decisions that
 * matter"; figures in docs/DECISIONS.md).
 */
export class HighlightPainter {
  private claims: PaintedClaim[] = [];
  /** Claims painted before they are stored (a verdict key was just pressed), by id. */
  private readonly pending = new Map<string, PaintedClaim>();
  private maxLength = 0;
  private selectedId: string | null = null;
  private findRanges: PmRange[] = [];
  private findCurrent = -1;
  private readonly registry: HighlightRegistry | null = null;
  private frame = 0;
  /**
   * The document range last found on screen, and the document it belongs to. Finding it takes
   * hit tests, which force a layout right after an edit: an edit maps it instead (it has a
   * screen of margin on each side), a scroll or a resize measures it again.
   */
  private shown: { from: number; to: number; doc: unknown } | null = null;

  constructor(
    private readonly view: EditorView,
    private readonly scroller: HTMLElement,
  ) {
    if (!canPaintHighlights()) return;
    this.registry = new HighlightRegistry(view, [
      ...VERDICTS.map((verdict) => [highlightName(verdict), 1] as const),
      ...VERDICTS.map((verdict) => [underlineName(verdict), 1] as const),
      ...Array.from({ length: MAX_RATINGS }, (_, i) => [ratingHighlightName(i), 1] as const),
      [SELECTED_HIGHLIGHT, 2],
      [FIND_HIGHLIGHT, 3],
      [FIND_CURRENT_HIGHLIGHT, 4],
    ]);
    scroller.addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule);
  }

  /**
   * Replaces the painted claims (any order) and the selected one, then repaints. A pending
   * claim stays painted until it is among them.
   */
  setClaims(claims: PaintedClaim[], selectedId: string | null): void {
    if (this.pending.size > 0) for (const claim of claims) this.pending.delete(claim.id);
    const all = this.pending.size > 0 ? [...claims, ...this.pending.values()] : claims;
    const kept = all.filter((c) => c.to > c.from);
    // Usually given in order already (claims sorted by position, ranges mapped in order).
    const sorted = kept.every((c, i) => i === 0 || kept[i - 1]!.from <= c.from);
    this.claims = sorted ? kept : kept.sort((a, b) => a.from - b.from);
    this.maxLength = this.claims.reduce((max, c) => Math.max(max, c.to - c.from), 0);
    this.selectedId = selectedId;
    this.paint();
  }

  /** Marks another claim as selected (repainting only what that changes). */
  setSelected(selectedId: string | null): void {
    if (selectedId === this.selectedId) return;
    this.selectedId = selectedId;
    this.paint();
  }

  /**
   * Paints a claim at once, before its write commits and it comes back from the database
   * (then `setClaims` takes over); `forgetPending` takes it away if the write fails.
   */
  paintPending(claim: PaintedClaim): void {
    if (claim.to <= claim.from) return;
    this.pending.set(claim.id, claim);
    let at = 0;
    let hi = this.claims.length;
    while (at < hi) {
      const mid = (at + hi) >> 1;
      if (this.claims[mid]!.from <= claim.from) at = mid + 1;
      else hi = mid;
    }
    this.claims = [...this.claims.slice(0, at), claim, ...this.claims.slice(at)];
    this.maxLength = Math.max(this.maxLength, claim.to - claim.from);
    this.paint();
  }

  /** Stops painting a pending claim (its write failed). */
  forgetPending(id: string): void {
    if (!this.pending.delete(id)) return;
    this.claims = this.claims.filter((c) => c.id !== id);
    this.paint();
  }

  /**
   * Follows an edit of the text before the claims' new ranges are set: the highlights of the
   * blocks it did not touch stay registered, so that typing repaints one paragraph.
   */
  follow(tr: Transaction): void {
    this.registry?.follow(tr);
    if (this.shown?.doc === tr.before) {
      const { from, to } = this.shown;
      this.shown = { from: tr.mapping.map(from, -1), to: tr.mapping.map(to, 1), doc: tr.doc };
    }
  }

  /** Replaces the find box's matches (sorted) and which one is current (-1 for none). */
  setFindMatches(ranges: PmRange[], current: number): void {
    this.findRanges = ranges;
    this.findCurrent = current;
    this.paint();
  }

  /** The claims covering a ProseMirror position, innermost (shortest) first. */
  claimsAt(pos: number): PaintedClaim[] {
    const inside = this.inWindow(pos - this.maxLength, pos + 1).filter(
      (c) => c.from <= pos && pos < c.to,
    );
    const hits = inside.length > 0 ? inside : this.claims.filter((c) => c.to === pos);
    return hits.sort((a, b) => a.to - a.from - (b.to - b.from));
  }

  /** Repaints on the next animation frame (coalesces scroll and resize bursts). */
  readonly schedule = (): void => {
    this.shown = null;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  };

  /** Paints again at once after the view moved (a scroll made by code, before its event). */
  repaint(): void {
    this.shown = null;
    this.paint();
  }

  /** Registers the ranges of the claims (and find matches) near the viewport. */
  paint(): void {
    if (!this.registry || this.view.isDestroyed) return;
    const [from, to] = this.visibleWindow();
    const wanted: Registration[] = [];
    for (const claim of this.inWindow(from, to)) {
      const own = claimHighlightNames(claim);
      const names = claim.id === this.selectedId ? [...own, SELECTED_HIGHLIGHT] : own;
      wanted.push({ key: `claim:${claim.id}`, from: claim.from, to: claim.to, names });
    }
    this.findMatchesIn(from, to, wanted);
    this.registry.sync(wanted);
  }

  private findMatchesIn(from: number, to: number, wanted: Registration[]): void {
    const matches = this.findRanges;
    let lo = 0;
    let hi = matches.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (matches[mid]!.to <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < matches.length && matches[i]!.from < to; i++) {
      if (i === this.findCurrent) continue;
      const match = matches[i]!;
      wanted.push({ key: `find:${i}`, from: match.from, to: match.to, names: [FIND_HIGHLIGHT] });
    }
    const current = matches[this.findCurrent];
    if (current) {
      const names = [FIND_HIGHLIGHT, FIND_CURRENT_HIGHLIGHT];
      wanted.push({ key: 'find:current', from: current.from, to: current.to, names });
    }
  }

  /** Unregisters everything this painter registered. */
  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.scroller.removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    this.registry?.destroy();
  }

  /** Claims overlapping [from, to): binary search on start, bounded by the longest claim. */
  private inWindow(from: number, to: number): PaintedClaim[] {
    const claims = this.claims;
    let lo = 0;
    let hi = claims.length;
    const earliest = from - this.maxLength;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (claims[mid]!.from < earliest) lo = mid + 1;
      else hi = mid;
    }
    const found: PaintedClaim[] = [];
    for (let i = lo; i < claims.length && claims[i]!.from < to; i++) {
      if (claims[i]!.to > from) found.push(claims[i]!);
    }
    return found;
  }

  /** The document range shown in the scroller, widened by one screen on each side. */
  private visibleWindow(): [number, number] {
    const doc = this.view.state.doc;
    if (this.shown?.doc !== doc) this.shown = { ...this.measureWindow(), doc };
    return [this.shown.from, this.shown.to];
  }

  private measureWindow(): { from: number; to: number } {
    const size = this.view.state.doc.content.size;
    const box = this.scroller.getBoundingClientRect();
    const page = this.view.dom.getBoundingClientRect();
    const left = Math.min(Math.max(page.left + 8, box.left + 8), box.right - 8);
    const top = Math.max(box.top, page.top) + 2;
    const bottom = Math.min(box.bottom, page.bottom) - 2;
    if (bottom <= top) return { from: 0, to: 0 };
    const first = this.view.posAtCoords({ left, top })?.pos ?? 0;
    const last = this.view.posAtCoords({ left, top: bottom })?.pos ?? size;
    const span = Math.max(last - first, 2000);
    return { from: Math.max(0, first - span), to: Math.min(size, last + span) };
  }
}
