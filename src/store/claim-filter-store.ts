import { create } from 'zustand';
import { EMPTY_FILTER, type ClaimFilter, type ClaimSort } from '../domain/claims/claim-filter';

/** The library-wide claims view's filter, order and scroll, kept while an article is open. */
export interface ClaimFilterState {
  filter: ClaimFilter;
  sort: ClaimSort;
  /** Where the list was scrolled to, so that coming back from an article returns there. */
  scrollOffset: number;
  setFilter: (changes: Partial<ClaimFilter>) => void;
  clearFilter: () => void;
  setSort: (sort: ClaimSort) => void;
  setScrollOffset: (offset: number) => void;
}

/** The claims view's UI state (never the claims themselves). */
export const useClaimFilterStore = create<ClaimFilterState>((set) => ({
  filter: EMPTY_FILTER,
  sort: 'position',
  scrollOffset: 0,
  setFilter: (changes) =>
    set((state) => ({ filter: { ...state.filter, ...changes }, scrollOffset: 0 })),
  clearFilter: () => set({ filter: EMPTY_FILTER, scrollOffset: 0 }),
  setSort: (sort) => set({ sort, scrollOffset: 0 }),
  setScrollOffset: (scrollOffset) => set({ scrollOffset }),
}));
