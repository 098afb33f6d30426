// The HTTP security headers of the built app, defined once: vite.config.ts serves them with
// `vite preview` (so `npm start`, `npm run preview` and the Playwright suite), e2e/headers.spec.ts
// checks them on the served app and that README.md ("Deploying") shows these exact lines, and
// `node scripts/security-headers.mjs` prints them as nginx `add_header` lines for a static host.
import { pathToFileURL } from 'node:url';

/**
 * The Content-Security-Policy of the built app: no inline or remote scripts, no plugins, no
 * frames. vite.config.ts also writes it into index.html as a <meta> (at build time only, because
 * the dev server injects inline scripts for hot reload), so a host that sends no header still
 * gets it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Team sync (src/db/team-sync.ts): a team server over TLS anywhere, or without TLS on this
  // machine only (docs/DECISIONS.md, "Team sync in the browser").
  "connect-src 'self' wss: ws://127.0.0.1:* ws://localhost:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Directives that only work in a header: a <meta> policy ignores them and Chromium logs a warning
 * for each, so they are not in CONTENT_SECURITY_POLICY. `frame-ancestors 'none'`: no page may
 * show the app in a frame (clickjacking). Trusted Types (`require-trusted-types-for 'script'`)
 * would break the service worker, the workers and HTML paste: docs/DECISIONS.md says why.
 */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * Powerful features the app never uses, denied to it and to anything it embeds. Only names that
 * Chromium knows: it logs an error for an unknown one (`bluetooth` is one) on every page load, and
 * e2e/headers.spec.ts fails on it.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Header name → value, sent with every file of the built app (index.html, assets, sw.js). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': [CONTENT_SECURITY_POLICY, ...HEADER_ONLY_DIRECTIVES].join('; '),
  'X-Content-Type-Options': 'nosniff',
  // Nothing of the app (not even its origin) goes to the sites its links open.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  // frame-ancestors for browsers that predate it.
  'X-Frame-Options': 'DENY',
};

/** The headers as nginx lines (`always`: on error responses too). */
export function nginxAddHeaderLines() {
  return Object.entries(SECURITY_HEADERS).map(
    ([name, value]) => `add_header ${name} "${value}" always;`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(nginxAddHeaderLines().join('\n'));
}
