/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The Content-Security-Policy (built into index.html as a <meta>) and the headers that
// `vite preview` sends with every file are defined once, there.
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './scripts/security-headers.mjs';

/**
 * `npm start` and `npm run preview` serve on PORT (default 4173) and HOST (default 127.0.0.1);
 * command-line flags win (the Playwright suite and the bench pass `--host` and `--port`).
 */
function previewPort(): number {
  const port = Number(process.env.PORT || 4173);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a port number (1-65535), not "${process.env.PORT}"`);
  }
  return port;
}

/** The CSP as a <meta>, at build time only: the dev server injects inline scripts (HMR). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'verdict-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // The app asks before it reloads into a new version (never in the middle of typing).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png', 'schema/*.json'],
      manifest: {
        name: 'Verdict — fact-check annotation',
        short_name: 'Verdict',
        description: 'Highlight claims in news articles, give verdicts, work offline.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f3a5f',
        background_color: '#f4f2ee',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  // Workers are modules (`{ type: 'module' }`), so they may load code on demand: the exporter
  // worker loads exceljs only for a spreadsheet export.
  worker: { format: 'es' },
  preview: {
    port: previewPort(),
    host: process.env.HOST || '127.0.0.1',
    // A busy port is an error, never a silent move to the next free one.
    strictPort: true,
    // What a static host must send too (README.md, "Deploying"); `vite` (dev) sends none.
    headers: SECURITY_HEADERS,
  },
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'server/**/*.test.ts',
    ],
    setupFiles: ['./vitest.setup.ts'],
    environment: 'node',
    // A timeout only catches a test that hangs: tests wait for states, never for time. Property
    // tests run many cases, and on a busy 2-core machine take several times their idle time
    // (docs/DECISIONS.md, "Tests on a busy machine").
    testTimeout: 30_000,
    // Hooks start servers (the team server, redis-server): the same reasoning holds.
    hookTimeout: 30_000,
    // The report's style sheet is inlined in its HTML file (src/ui/report/report-html.tsx).
    css: { include: [/report\.css/] },
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
