import { useSyncExternalStore } from 'react';

/** The width below which the app takes its phone layout (the style sheets use the same figure). */
export const NARROW = '(max-width: 640px)';

/**
 * The width below which the reader's claims are a bottom sheet rather than a column, and the
 * header's and the reader's secondary actions are in menus (a tablet held upright, a phone).
 */
export const MEDIUM = '(max-width: 900px)';

/** Whether a media query matches now, following its changes (false where there is no window). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
