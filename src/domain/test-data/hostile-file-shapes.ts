/**
 * The shapes and helpers of the hostile-file corpus (hostile-files.ts): how a case makes its file
 * from the sample bundle or W3C collection, and what must happen to it.
 */

/** A JSON value to change in place. */
export type Json = Record<string, unknown>;

/** How a case makes its file: bytes, text, or a change to the sample bundle or W3C collection. */
export type HostileFile =
  | { bytes: (bundleText: string) => Uint8Array }
  | { text: string }
  | { bundle: (bundle: Json) => unknown }
  | { w3c: (collection: Json) => unknown }
  | { bundleText: (text: string) => string }
  | { w3cText: (text: string) => string };

/**
 * What must happen: refused with a problem matching the pattern, or imported (with the part
 * left out named in a warning matching the pattern, when given).
 */
export type Outcome = { refused: RegExp } | { imported: true; warning?: RegExp };

/** One case of the corpus. */
export interface HostileCase {
  name: string;
  file: HostileFile;
  outcome: Outcome;
}

export const refused = (pattern: RegExp): Outcome => ({ refused: pattern });
export const imported: Outcome = { imported: true };
export const importedWith = (warning: RegExp): Outcome => ({ imported: true, warning });

/* Paths into the sample bundle. */
export const article = (b: Json) => (b.articles as Json[])[0]!;
export const claim = (b: Json, i = 0) => (b.claims as Json[])[i]!;
export const anchor = (b: Json) => claim(b).anchor as Json;
export const evidence = (b: Json) => (claim(b).evidence as Json[])[0]!;
export const firstParagraph = (b: Json) => (article(b).doc as { content: Json[] }).content[0]!;
/* Paths into the sample W3C collection. */
export const items = (c: Json) => (c.first as Json).items as Json[];
export const annotation = (c: Json) => items(c)[0]!;
export const bodies = (c: Json) => annotation(c).body as Json[];
export const selectors = (c: Json) => (annotation(c).target as Json).selector as Json[];

/** Sets a value and returns the whole file's value. */
export const set =
  <T extends Json>(at: (root: T) => Json, key: string, value: unknown) =>
  (root: T) => {
    at(root)[key] = value;
    return root;
  };

export const utf16 = (text: string, littleEndian: boolean, bom: boolean): Uint8Array => {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let at = 0;
  if (bom) view.setUint16((at += 2) - 2, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++)
    view.setUint16((at += 2) - 2, text.charCodeAt(i), littleEndian);
  return bytes;
};
export const utf8 = (text: string) => new TextEncoder().encode(text);
export const concat = (...parts: Uint8Array[]) => {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) all.set(part, (at += part.length) - part.length);
  return all;
};
export const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
