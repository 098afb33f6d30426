import {
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { MEDIUM, useMediaQuery } from '../shared/use-media-query';

/** The heights the claims sheet rests at: its header only, half the reader, all of it. */
export type SheetSize = 'collapsed' | 'half' | 'full';

const SIZES: SheetSize[] = ['collapsed', 'half', 'full'];
const FRACTION: Record<SheetSize, number> = { collapsed: 0, half: 0.5, full: 1 };
/** How far a pointer moves before a press on the handle is a drag rather than a click. */
const DRAG_PX = 6;

/** The size nearest to a fraction of the reader's height. */
const nearest = (fraction: number): SheetSize =>
  SIZES.reduce((best, size) =>
    Math.abs(FRACTION[size] - fraction) < Math.abs(FRACTION[best] - fraction) ? size : best,
  );

/**
 * The claims panel as a bottom sheet on a phone or a narrow tablet: it rests at its header only, half or all of
 * the reader's height; its handle is dragged (and snaps to the nearest), tapped (the next size)
 * or moved with the arrow keys. A claim selected while it is folded away opens it to half, so
 * that the selected card shows. Elsewhere the panel is a column and none of this applies.
 */
export function useClaimsSheet(panel: RefObject<HTMLElement | null>, selectedClaimId: unknown) {
  const sheet = useMediaQuery(MEDIUM);
  const [size, setSize] = useState<SheetSize>('half');
  const [dragged, setDragged] = useState<number | null>(null);
  const [room, setRoom] = useState(0);
  const gesture = useRef<{ y: number; moved: boolean } | null>(null);
  const [followed, setFollowed] = useState(selectedClaimId);
  if (followed !== selectedClaimId) {
    setFollowed(selectedClaimId);
    if (selectedClaimId && size === 'collapsed') setSize('half');
  }

  // The reader's height, which the sheet's sizes are fractions of.
  useEffect(() => {
    const body = panel.current?.parentElement;
    if (!sheet || !body) return;
    const observer = new ResizeObserver(() => setRoom(body.clientHeight));
    observer.observe(body);
    return () => observer.disconnect();
  }, [sheet, panel]);

  const fraction = dragged ?? FRACTION[size];
  const fractionAt = (clientY: number) => {
    const box = panel.current?.parentElement?.getBoundingClientRect();
    if (!box || box.height === 0) return FRACTION[size];
    return Math.min(1, Math.max(0, (box.bottom - clientY) / box.height));
  };
  const step = (by: number) =>
    setSize((s) => SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(s) + by))]!);

  return {
    sheet,
    size,
    /** The panel's height as a sheet (a custom property the phone's style sheet reads). */
    style: sheet ? ({ '--sheet-height': `${Math.round(fraction * room)}px` } as CSSProperties) : {},
    handle: {
      'data-size': size,
      onPointerDown: (e: PointerEvent<HTMLElement>) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        gesture.current = { y: e.clientY, moved: false };
      },
      onPointerMove: (e: PointerEvent<HTMLElement>) => {
        const g = gesture.current;
        if (!g || (!g.moved && Math.abs(e.clientY - g.y) < DRAG_PX)) return;
        g.moved = true;
        setDragged(fractionAt(e.clientY));
      },
      onPointerUp: (e: PointerEvent<HTMLElement>) => {
        if (gesture.current?.moved) setSize(nearest(fractionAt(e.clientY)));
        setDragged(null);
      },
      onPointerCancel: () => {
        gesture.current = null;
        setDragged(null);
      },
      onClick: () => {
        // The click that ends a drag changes nothing more.
        if (gesture.current?.moved) return void (gesture.current = null);
        gesture.current = null;
        setSize((s) => (s === 'half' ? 'full' : s === 'full' ? 'collapsed' : 'half'));
      },
      onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
        if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
        e.preventDefault();
        step(e.key === 'ArrowUp' ? 1 : -1);
      },
    },
  };
}
