import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { isTypingTarget } from '../shared/is-typing-target';

interface Options {
  /** The panel: the scrolling element, whose first child is its sticky header. */
  panel: RefObject<HTMLElement | null>;
  selectedClaimId: string | null;
  /** Bumped to reveal the selected claim again (chosen again, or asked to be shown). */
  request: number;
  /** How the cards are laid out (a new layout moves the selected card: it is shown again). */
  layout: unknown;
  /** Where the claim is in the virtual list (-1 when it is not there: not found, filtered). */
  index: number;
  /** Where a list item starts in the panel's content (the virtualiser renders only the rows near
   * the view, so a card far away is brought near by its offset first). */
  offsetOf: (index: number) => number | undefined;
}

/** The space kept between the sticky header and a revealed card, in pixels. */
const GAP = 8;
/** How long a newly selected card is kept in view while it and the list around it settle. */
const SETTLE_MS = 800;
/** How many frames a card still missing from the page (being written, being virtualised) is waited for. */
const MAX_FRAMES = 30;

/**
 * Keeps the selected card in view whole: whenever the selection changes, a card not fully
 * visible is scrolled so that its top sits just below the panel's sticky header (a card taller
 * than the space thus shows its start), and again while it settles. The focus moves to the card
 * without scrolling anything when the claim was chosen outside the article (j/k, the panel, the
 * minimap, All claims) or when nothing had the focus, never out of a field or a dialog.
 */
export function useRevealSelected(options: Options): void {
  const { selectedClaimId, request } = options;
  const known = options.index >= 0;
  const answered = useRef(request);

  const reveal = useEffectEvent((card: HTMLElement, scroller: HTMLElement) => {
    const header = scroller.firstElementChild as HTMLElement | null;
    const top = (header ?? scroller).getBoundingClientRect().bottom + GAP;
    const box = card.getBoundingClientRect();
    const bottom = scroller.getBoundingClientRect().top + scroller.clientHeight;
    if (box.top >= top - 1 && box.bottom <= bottom + 1) return;
    scroller.scrollTop += box.top - top;
  });

  const bringIntoPage = useEffectEvent((scroller: HTMLElement) => {
    const offset = options.index >= 0 ? options.offsetOf(options.index) : undefined;
    if (offset === undefined) return;
    const header = scroller.firstElementChild as HTMLElement | null;
    scroller.scrollTop = offset - (header?.offsetHeight ?? 0) - GAP;
  });

  useEffect(() => {
    const scroller = options.panel.current;
    if (!scroller || !selectedClaimId) return;
    const selector = `[data-claim-id="${CSS.escape(selectedClaimId)}"]`;
    const requested = answered.current !== request;
    answered.current = request;
    const started = performance.now();
    let frame = 0;
    // The card keeps growing and the list around it keeps moving for a moment (the card opens,
    // the one closed before it shrinks, the virtualiser measures): it is kept in view meanwhile,
    // unless the user scrolls the panel first.
    let userMoved = false;
    const userScrolls = () => (userMoved = true);
    const inputs = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    for (const input of inputs) scroller.addEventListener(input, userScrolls, { passive: true });
    const settle = (card: HTMLElement) => {
      if (userMoved || performance.now() - started > SETTLE_MS || !card.isConnected) return;
      reveal(card, scroller);
      frame = requestAnimationFrame(() => settle(card));
    };
    const attempt = (tries: number) => {
      const card = scroller.querySelector<HTMLElement>(selector);
      if (!card) {
        if (tries === 0) bringIntoPage(scroller);
        if (tries < MAX_FRAMES) frame = requestAnimationFrame(() => attempt(tries + 1));
        return;
      }
      focusCard(card, requested);
      settle(card);
    };
    attempt(0);
    return () => {
      cancelAnimationFrame(frame);
      for (const input of inputs) scroller.removeEventListener(input, userScrolls);
    };
    // A claim that reaches the list later (written, located) is revealed when it arrives.
  }, [selectedClaimId, request, known, options.layout, options.panel]);
}

/**
 * Moves the focus to a card, unless it is there already or in a field or a dialog; out of the
 * article only when the claim was chosen elsewhere (a new claim keeps the keyboard in the text).
 */
function focusCard(card: HTMLElement, chosenElsewhere: boolean): void {
  const active = document.activeElement;
  if (active && active !== document.body) {
    if (card.contains(active) || isTypingTarget(active) || active.closest('dialog')) return;
    if (!chosenElsewhere) return;
  }
  card.focus({ preventScroll: true });
}
