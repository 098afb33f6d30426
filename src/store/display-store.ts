import { create } from 'zustand';

/** The colour theme: the system's, or one chosen in Settings. */
export type Theme = 'system' | 'light' | 'dark';

/** How the claims panel lists claims: cards, or one line each (the selected one opens). */
export type Density = 'cards' | 'list';

/** The display choices of this browser. */
export interface DisplayState {
  theme: Theme;
  density: Density;
  setTheme: (theme: Theme) => void;
  setDensity: (density: Density) => void;
}

// public/theme.js reads THEME_KEY too, to apply the theme before the first paint.
const THEME_KEY = 'verdict.theme';
const DENSITY_KEY = 'verdict.density';

/** A stored choice, if this browser lets the page read it and it is one of `allowed`. */
function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
    return allowed.find((a) => a === value) ?? fallback;
  } catch {
    // Site data blocked: the default applies.
    return fallback;
  }
}

/** Remembers a choice in this browser when it can (like the UI language, in localStorage). */
function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered where site data is blocked; it still applies to this page.
  }
}

/** Applies a theme to the page: no attribute lets the system's preference decide. */
function applyTheme(theme: Theme): void {
  if (typeof document === 'undefined') return;
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** The display store: the theme and the panel's density, kept in localStorage. */
export const useDisplayStore = create<DisplayState>((set) => ({
  theme: stored<Theme>(THEME_KEY, ['system', 'light', 'dark'], 'system'),
  density: stored<Density>(DENSITY_KEY, ['cards', 'list'], 'cards'),
  setTheme: (theme) => {
    remember(THEME_KEY, theme);
    applyTheme(theme);
    set({ theme });
  },
  setDensity: (density) => {
    remember(DENSITY_KEY, density);
    set({ density });
  },
}));
