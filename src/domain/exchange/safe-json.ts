// JSON-LD is pasted into pages as `<script type="application/ld+json">` (docs/DECISIONS.md,
// "Exchange safety"): there `</script>` ends the element and `<!--` changes how the rest is read,
// and JavaScript before ES2019 refuses U+2028 and U+2029 inside strings. In JSON text these
// characters only occur inside strings, never inside an escape sequence, so each one is replaced
// by its `\u` escape where it stands, and the text still parses to the same value.
const UNSAFE = /[<>&\u2028\u2029]/g;

const escapeUnsafe = (char: string): string =>
  `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON text (or a piece of it) with `<>&` U+2028 U+2029 escaped; it parses to the same value. */
export function escapeJsonText(text: string): string {
  return text.replace(UNSAFE, escapeUnsafe);
}

/** A JSON export file's text: `indent` spaces, a final newline, `<>&` U+2028 U+2029 escaped. */
export function toSafeJson(value: object, indent = 2): string {
  return `${escapeJsonText(JSON.stringify(value, null, indent))}\n`;
}
