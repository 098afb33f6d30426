// Builds bench/anchor-page.html (the app's anchoring code on a bare page) into bench/.tmp/anchor,
// run by bench/lib/serve.mjs as `npx vite build --config bench/vite.bench.config.mjs`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: '.tmp/anchor',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: fileURLToPath(new URL('./anchor-page.html', import.meta.url)) },
  },
});
