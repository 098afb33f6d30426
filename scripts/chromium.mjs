// The Chromium every browser run uses (the e2e suite, the kill test, the benchmark): Debian's
// when present, since Playwright cannot download browsers on every machine.
import { existsSync } from 'node:fs';

/** Debian's Chromium binary (behind the /usr/bin/chromium wrapper), or undefined. */
export const SYSTEM_CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) =>
  existsSync(path),
);

/**
 * Flags for a sandboxless machine with no network but loopback: without the networking flags,
 * Chromium keeps opening connections that the machine refuses.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
