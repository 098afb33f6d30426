// Types of security-headers.mjs (plain JavaScript, so that Node runs it without a build step).

/** The Content-Security-Policy of the built app, also built into index.html as a <meta>. */
export const CONTENT_SECURITY_POLICY: string;

/** Header name → value, sent with every file of the built app. */
export const SECURITY_HEADERS: Readonly<Record<string, string>>;

/** The headers as nginx `add_header … always;` lines. */
export function nginxAddHeaderLines(): string[];
