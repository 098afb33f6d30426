import { create } from 'zustand';
import type { Claim } from '../domain/types';
import { parseRoute, routeHash, type Route } from './route';

/** A message shown at the bottom of the screen, optionally with an undo action. */
export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** A deleted claim that "Undo" puts back. */
  undoClaim?: Claim;
}

/** UI state only: never a copy of database rows (docs/DESIGN.md, "Layers"). */
export interface UiState {
  route: Route;
  selectedClaimId: string | null;
  /** An orphaned or approximate claim waiting for the user to select its new words. */
  reattachClaimId: string | null;
  setReattach: (id: string | null) => void;
  /** Bumped when the panel asks the article view to scroll to the selected claim. */
  scrollRequest: number;
  toast: Toast | null;
  /** Writes started and not yet committed (or failed). */
  pendingWrites: number;
  /** The last write's outcome: what the header's save status says. */
  lastWrite: 'none' | 'saved' | 'failed';
  beginWrite: () => void;
  endWrite: (ok: boolean) => void;
  navigate: (route: Route) => void;
  syncRouteFromLocation: () => void;
  selectClaim: (id: string | null, options?: { scroll?: boolean }) => void;
  showToast: (toast: Omit<Toast, 'id'>) => void;
  dismissToast: (id: number) => void;
}

let nextToastId = 1;

/** The app's UI store. */
export const useUiStore = create<UiState>((set, get) => ({
  route: parseRoute(typeof location === 'undefined' ? '' : location.hash),
  selectedClaimId: null,
  reattachClaimId: null,
  setReattach: (id) => set({ reattachClaimId: id }),
  scrollRequest: 0,
  toast: null,
  pendingWrites: 0,
  lastWrite: 'none',
  beginWrite: () => set((state) => ({ pendingWrites: state.pendingWrites + 1 })),
  endWrite: (ok) =>
    set((state) => ({
      pendingWrites: Math.max(0, state.pendingWrites - 1),
      lastWrite: ok
        ? state.lastWrite === 'failed' && state.pendingWrites > 1
          ? 'failed'
          : 'saved'
        : 'failed',
    })),
  navigate: (route) => {
    const hash = routeHash(route);
    if (location.hash !== hash) history.pushState(null, '', hash);
    set({ route, selectedClaimId: null, reattachClaimId: null });
  },
  syncRouteFromLocation: () => {
    const route = parseRoute(location.hash);
    const current = get().route;
    if (routeHash(route) !== routeHash(current)) {
      set({ route, selectedClaimId: null, reattachClaimId: null });
    }
  },
  selectClaim: (id, options) =>
    set((state) => ({
      selectedClaimId: id,
      scrollRequest: options?.scroll ? state.scrollRequest + 1 : state.scrollRequest,
    })),
  showToast: (toast) => set({ toast: { ...toast, id: nextToastId++ } }),
  dismissToast: (id) => set((state) => (state.toast?.id === id ? { toast: null } : {})),
}));
