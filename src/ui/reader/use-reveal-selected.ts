import { useEffect, useEffectEvent, type RefObject } from 'react';
import { isTypingTarget } from '../shared/is-typing-target';

interface Options {
  /** The panel: the scrolling element, whose first child is its sticky header. */
  panel: RefObject<HTMLElement | null>;
  selectedClaimId: string | null;
  /** Bumped to reveal the selected claim again (chosen again, or asked to be shown). */
  request: number;
  /** Where the claim is in the virtual list (-1 when it is not there: not found, filtered). */
  index: number;
  /** Brings a list item into the page (the virtualiser renders only the rows near the view). */
  scrollToIndex: (index: number) => void;
}

/** The space kept between the sticky header and a revealed card, in pixels. */
const GAP = 8;
/** How long a selected card that grows (its details, a late measure) is kept in view. */
const SETTLE_MS = 800;
/** How many frames a card still missing from the page (being written, being virtualised) is waited for. */
const MAX_FRAMES = 30;

/**
 * Keeps the selected card in view whole: whenever the selection changes, a card not fully
 * visible is scrolled so that its top sits just below the panel's sticky header (a card taller
 * than the space thus shows its start), and again while it settles. The focus moves to the card
 * without scrolling anything, unless the user works in the article or types in a field.
 */
export function useRevealSelected(options: Options): void {
  const { selectedClaimId, request } = options;
  const known = options.index >= 0;

  const reveal = useEffectEvent((card: HTMLElement, scroller: HTMLElement) => {
    const header = scroller.firstElementChild as HTMLElement | null;
    const top = (header ?? scroller).getBoundingClientRect().bottom + GAP;
    const box = card.getBoundingClientRect();
    const bottom = scroller.getBoundingClientRect().top + scroller.clientHeight;
    if (box.top >= top - 1 && box.bottom <= bottom + 1) return;
    scroller.scrollTop += box.top - top;
  });

  const bringIntoPage = useEffectEvent(() => {
    if (options.index >= 0) options.scrollToIndex(options.index);
  });

  useEffect(() => {
    const scroller = options.panel.current;
    if (!scroller || !selectedClaimId) return;
    const selector = `[data-claim-id="${CSS.escape(selectedClaimId)}"]`;
    const started = performance.now();
    let frame = 0;
    let observer: ResizeObserver | null = null;
    const attempt = (tries: number) => {
      const card = scroller.querySelector<HTMLElement>(selector);
      if (!card) {
        if (tries === 0) bringIntoPage();
        if (tries < MAX_FRAMES) frame = requestAnimationFrame(() => attempt(tries + 1));
        return;
      }
      reveal(card, scroller);
      focusCard(card);
      observer = new ResizeObserver(() => {
        if (performance.now() - started < SETTLE_MS) reveal(card, scroller);
        else observer?.disconnect();
      });
      observer.observe(card);
    };
    attempt(0);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
    };
    // A claim that reaches the list later (written, located) is revealed when it arrives.
  }, [selectedClaimId, request, known, options.panel]);
}

/** Moves the focus to a card unless it is in the card already, in the article or in a field. */
function focusCard(card: HTMLElement): void {
  const active = document.activeElement;
  if (active && active !== document.body) {
    if (card.contains(active) || isTypingTarget(active) || active.closest('dialog')) return;
    if (active.closest('[role="textbox"], [contenteditable]')) return;
  }
  card.focus({ preventScroll: true });
}
