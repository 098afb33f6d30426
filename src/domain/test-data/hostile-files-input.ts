import {
  annotation,
  article,
  bodies,
  concat,
  imported,
  nested,
  refused,
  set,
  utf16,
  utf8,
  type HostileCase,
  type Json,
} from './hostile-file-shapes';

/** The issue's own cases, then encodings and JSON shapes. */
export const INPUT_CASES: HostileCase[] = [
  // Found by trying hostile files (the cases).
  {
    name: 'an unknown node in the document',
    file: {
      bundle: (b) => {
        (article(b).doc as { content: Json[] }).content.push({
          type: 'image',
          attrs: { src: 'x.png' },
        });
        return b;
      },
    },
    outcome: refused(/unknown node type "image"/),
  },
  {
    name: 'a document that does not give the text',
    file: { bundle: set(article, 'text', 'Un autre texte.') },
    outcome: refused(/text|hash/i),
  },
  {
    name: 'a year alone as a W3C approval time',
    file: {
      w3c: (c) => {
        annotation(c)['verdict:approvedAt'] = '2024';
        return c;
      },
    },
    outcome: imported,
  },
  {
    name: 'a six-digit year in a W3C time',
    file: { w3c: set(annotation, 'modified', '+010000-01-01T00:00:00Z') },
    outcome: imported,
  },
  {
    name: 'an evidence body with an empty id',
    file: {
      w3c: (c) => {
        const link = bodies(c).find((x) => x.purpose === 'linking')!;
        link.id = '';
        return c;
      },
    },
    outcome: imported,
  },
  {
    name: 'an article id with a dot and a slash',
    file: {
      bundle: (b) => {
        const id = 'le.monde/2014/cloudwatt';
        article(b).id = id;
        for (const c of b.claims as Json[]) c.articleId = id;
        return b;
      },
    },
    outcome: imported,
  },
  {
    name: 'a number too large to read',
    file: { bundleText: (t) => t.replace(/"start": \d+/, '"start": 1e400') },
    outcome: refused(/finite number/),
  },
  {
    name: 'a UTF-16 file with a byte order mark',
    file: { bytes: (t) => utf16(t, true, true) },
    outcome: imported,
  },
  // Encodings.
  {
    name: 'UTF-16 big-endian with a byte order mark',
    file: { bytes: (t) => utf16(t, false, true) },
    outcome: imported,
  },
  {
    name: 'UTF-16 little-endian without a byte order mark',
    file: { bytes: (t) => utf16(t, true, false) },
    outcome: imported,
  },
  {
    name: 'UTF-8 with a byte order mark',
    file: { bytes: (t) => concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(t)) },
    outcome: imported,
  },
  {
    name: 'UTF-32',
    file: {
      bytes: (t) =>
        concat(
          new Uint8Array([0xff, 0xfe, 0, 0]),
          ...[...t].map(
            (ch) => new Uint8Array([ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8, 0, 0]),
          ),
        ),
    },
    outcome: refused(/UTF-32/),
  },
  {
    name: 'Windows-1252 accents',
    file: {
      bytes: (t) =>
        Uint8Array.from(
          [...t.replace(/[^\x20-\x7e\n]/g, 'é')].map((ch) =>
            ch === 'é' ? 0xe9 : ch.charCodeAt(0),
          ),
        ),
    },
    outcome: refused(/Windows-1252/),
  },
  {
    name: 'a file cut inside a character',
    file: { bytes: (t) => utf8(t).slice(0, utf8(t).indexOf(0xc3) + 1) },
    outcome: refused(/UTF-8|cut|end/i),
  },
  {
    name: 'a binary file',
    file: {
      bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    },
    outcome: refused(/not|binary/i),
  },
  { name: 'an empty file', file: { text: '' }, outcome: refused(/empty|not JSON/i) },
  { name: 'blanks only', file: { text: '  \n\t ' }, outcome: refused(/empty|not JSON/i) },
  // JSON and its shape.
  {
    name: 'JSON cut short',
    file: { text: '{"format": "verdict-bundle", "version": 1, "articles": [' },
    outcome: refused(/not JSON/),
  },
  { name: 'null', file: { text: 'null' }, outcome: refused(/bundle|annotation/i) },
  { name: 'a number', file: { text: '42' }, outcome: refused(/bundle|annotation/i) },
  { name: 'a string', file: { text: '"verdict-bundle"' }, outcome: refused(/bundle|annotation/i) },
  {
    name: 'a list of numbers',
    file: { text: '[1, 2, 3]' },
    outcome: refused(/annotation|bundle|\[0\]/i),
  },
  {
    name: 'nesting ten thousand deep',
    file: { text: nested(10_000) },
    outcome: refused(/deep|nest/i),
  },
  {
    name: 'another format',
    file: { bundle: set((b) => b, 'format', 'other-tool') },
    outcome: refused(/format|bundle|annotation/i),
  },
  {
    name: 'a newer bundle version',
    file: { bundle: set((b) => b, 'version', 99) },
    outcome: refused(/newer|version/i),
  },
  {
    name: 'articles not a list',
    file: { bundle: set((b) => b, 'articles', {}) },
    outcome: refused(/articles/),
  },
  {
    name: 'a claim that is a string',
    file: {
      bundle: (b) => {
        (b.claims as unknown[])[0] = 'claim';
        return b;
      },
    },
    outcome: refused(/claims\[0\]/),
  },
  { name: 'comments in JSON', file: { text: '// a comment\n{}' }, outcome: refused(/not JSON/) },
];
