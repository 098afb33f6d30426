// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The store reads localStorage when it is created: each test imports a fresh one.
async function freshStore() {
  vi.resetModules();
  return (await import('./display-store')).useDisplayStore;
}

describe('display store', () => {
  beforeEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.theme;
  });

  it('follows the system and shows cards until something is chosen', async () => {
    const store = await freshStore();
    expect(store.getState()).toMatchObject({ theme: 'system', density: 'cards' });
  });

  it('remembers a theme and a density, and applies the theme to the page', async () => {
    const store = await freshStore();
    store.getState().setTheme('dark');
    store.getState().setDensity('list');
    expect(document.documentElement.dataset.theme).toBe('dark');
    const again = await freshStore();
    expect(again.getState()).toMatchObject({ theme: 'dark', density: 'list' });
    again.getState().setTheme('system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('ignores a stored value it does not know', async () => {
    localStorage.setItem('verdict.theme', 'sepia');
    localStorage.setItem('verdict.density', 'huge');
    const store = await freshStore();
    expect(store.getState()).toMatchObject({ theme: 'system', density: 'cards' });
  });
});
