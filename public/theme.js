// Applies the theme chosen in Settings before the first paint: a classic script in <head>, since
// the Content-Security-Policy allows no inline script. src/store/display-store.ts writes the key.
(() => {
  try {
    const theme = localStorage.getItem('verdict.theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch {
    // Site data blocked: the system's theme applies.
  }
})();
