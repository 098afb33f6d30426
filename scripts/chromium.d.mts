// Types of chromium.mjs (plain JavaScript, so that Node runs it without a build step).

/** Debian's Chromium binary (behind the /usr/bin/chromium wrapper), or undefined. */
export const SYSTEM_CHROMIUM: string | undefined;

/** Flags for a sandboxless machine with no network but loopback. */
export const CHROMIUM_ARGS: readonly string[];
