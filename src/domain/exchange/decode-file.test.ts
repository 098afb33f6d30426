import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './bundle';
import { decodeFile } from './decode-file';
import { parseImportText } from './import-parse';
import { toSafeJson } from './safe-json';
import { sampleArticle, sampleClaims } from '../test-data/exchange';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

/** UTF-16 bytes of a text (code units as they are, so a lone surrogate stays one). */
function utf16(text: string, littleEndian: boolean): number[] {
  return [...text].flatMap((char) =>
    Array.from({ length: char.length }, (_, i) => {
      const unit = char.charCodeAt(i);
      return littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    }).flat(),
  );
}

/** UTF-32 bytes of a text. */
function utf32(text: string, littleEndian: boolean): number[] {
  return [...text].flatMap((char) => {
    const point = char.codePointAt(0)!;
    const big = [point >>> 24, (point >> 16) & 0xff, (point >> 8) & 0xff, point & 0xff];
    return littleEndian ? big.reverse() : big;
  });
}

const JSON_TEXT = '{\n  "note": "Élysée, l’été 😀"\n}';
const bytes = (values: number[]) => new Uint8Array(values);

describe('decodeFile, text it reads', () => {
  it.each([
    ['UTF-8', utf8(JSON_TEXT)],
    ['UTF-8 with a byte order mark', [0xef, 0xbb, 0xbf, ...utf8(JSON_TEXT)]],
    ['UTF-16 LE with a byte order mark', [0xff, 0xfe, ...utf16(JSON_TEXT, true)]],
    ['UTF-16 BE with a byte order mark', [0xfe, 0xff, ...utf16(JSON_TEXT, false)]],
    ['UTF-16 LE without a mark', utf16(JSON_TEXT, true)],
    ['UTF-16 BE without a mark', utf16(JSON_TEXT, false)],
  ])('%s', (_label, values) => {
    expect(decodeFile(bytes(values))).toEqual({ ok: true, text: JSON_TEXT });
  });

  it.each([
    ['an empty file', [], ''],
    ['one ASCII byte', utf8('1'), '1'],
    ['one UTF-16 LE character', utf16('1', true), '1'],
    ['one UTF-16 BE character', utf16('1', false), '1'],
    ['a byte order mark alone', [0xef, 0xbb, 0xbf], ''],
  ])('%s', (_label, values, text) => {
    expect(decodeFile(bytes(values))).toEqual({ ok: true, text });
  });

  it('takes an ArrayBuffer as a worker receives it', () => {
    expect(decodeFile(bytes(utf16('[]', true)).buffer)).toEqual({ ok: true, text: '[]' });
  });

  it('hands a UTF-16 bundle to the import like a UTF-8 one', async () => {
    const article = sampleArticle();
    const bundle = await buildBundle({
      articles: [article],
      claims: sampleClaims(article),
      tombstones: [],
      exportedBy: 'Camille',
      now: '2024-03-05T10:00:00.000Z',
    });
    const decoded = decodeFile(bytes([0xff, 0xfe, ...utf16(toSafeJson(bundle), true)]));
    const parsed = parseImportText(decoded.ok ? decoded.text : '');
    expect(parsed.ok && parsed.kind === 'bundle' && parsed.bundle).toEqual(bundle);
  });
});

// `café` in Windows-1252 is 63 61 66 E9: the E9 starts no UTF-8 character.
const LATIN_1 = [...utf8('{\n  "note": "caf'), 0xe9, ...utf8('"\n}')];
const AGAIN = 'save it as UTF-8 and import it again';

describe('decodeFile, files it refuses', () => {
  it.each([
    [
      'UTF-32 LE with a byte order mark',
      [0xff, 0xfe, 0x00, 0x00, ...utf32('{}', true)],
      `the file is UTF-32 (little-endian), which Verdict does not read; ${AGAIN}`,
    ],
    [
      'UTF-32 BE with a byte order mark',
      [0x00, 0x00, 0xfe, 0xff, ...utf32('{}', false)],
      `the file is UTF-32 (big-endian), which Verdict does not read; ${AGAIN}`,
    ],
    [
      'UTF-32 LE without a mark',
      utf32('{}', true),
      `the file is UTF-32 (little-endian), which Verdict does not read; ${AGAIN}`,
    ],
    [
      'UTF-32 BE without a mark',
      utf32('{}', false),
      `the file is UTF-32 (big-endian), which Verdict does not read; ${AGAIN}`,
    ],
    [
      'Windows-1252',
      LATIN_1,
      `the file is not UTF-8: it looks like Windows-1252 (Latin-1), where byte 0xE9 at line 2, column 15 is "é"; ${AGAIN}`,
    ],
    [
      'Windows-1252 with typographic quotes',
      [...utf8('["l'), 0x92, ...utf8('été"]')],
      `the file is not UTF-8: it looks like Windows-1252 (Latin-1), where byte 0x92 at line 1, column 4 is "’"; ${AGAIN}`,
    ],
    [
      'Windows-1252 after UTF-8 accents',
      [...utf8('["é", "'), 0xe9, ...utf8('"]')],
      `the file is not UTF-8: it looks like Windows-1252 (Latin-1), where byte 0xE9 at line 1, column 8 is "é"; ${AGAIN}`,
    ],
    [
      'a byte no 8-bit Latin encoding defines',
      [...utf8('["a'), 0x81, ...utf8('"]')],
      `the file is not UTF-8 (byte 0x81 at line 1, column 4): it may be damaged or in another encoding; ${AGAIN}`,
    ],
    [
      'a file cut in the middle of a UTF-8 character',
      utf8('["été"]').slice(0, 3),
      'the file ends in the middle of a UTF-8 character (byte 0xC3 at line 1, column 3): it was cut short; export it again',
    ],
    [
      'a PNG image',
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d],
      'the file is not text (byte 0x89 at line 1, column 1 is not UTF-8, and it holds control bytes): choose a Verdict bundle or a W3C annotations file',
    ],
    [
      'UTF-16 LE cut in the middle of a character',
      [0xff, 0xfe, ...utf16('[]', true), 0x20],
      `the file is UTF-16 (little-endian) but ends in the middle of a character: it was cut short; ${AGAIN}`,
    ],
    [
      'UTF-16 BE with half of a surrogate pair',
      utf16('[\n "a\uD83D"]', false),
      `the file is not valid UTF-16 (big-endian): half of a surrogate pair stands alone at line 2, column 4; ${AGAIN}`,
    ],
    [
      'UTF-16 LE with the second half of a pair alone',
      [0xff, 0xfe, ...utf16('["😀\uDE00"]', true)],
      `the file is not valid UTF-16 (little-endian): half of a surrogate pair stands alone at line 1, column 4; ${AGAIN}`,
    ],
  ])('%s', (_label, values, problem) => {
    expect(decodeFile(bytes(values))).toEqual({ ok: false, problem });
  });

  it.each([
    [0x80, '€'],
    [0x8c, 'Œ'],
    [0x9c, 'œ'],
    [0x9f, 'Ÿ'],
    [0xa0, '\u00a0'],
    [0xe0, 'à'],
    [0xff, 'ÿ'],
  ])('names byte %i as its Windows-1252 character %j', (byte, char) => {
    const decoded = decodeFile(bytes([0x5b, 0x22, byte, 0x22, 0x5d]));
    expect(!decoded.ok && decoded.problem).toContain(`is "${char}";`);
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a surrogate written in UTF-8', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a continuation byte alone', [0x80]],
    ['a lead byte without its continuation', [0xe2, 0x28, 0xa1]],
  ])('refuses %s where it stands', (_label, bad) => {
    const decoded = decodeFile(bytes([...utf8('[\n"ab'), ...bad, ...utf8('"]')]));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.problem).toContain(`at line 2, column 4`);
  });

  it('finds the bad byte wherever TextDecoder refuses a file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (tail) => {
        const values = bytes([0x5b, 0x20, ...tail]);
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(values);
        } catch {
          valid = false;
        }
        const decoded = decodeFile(values);
        expect(decoded.ok).toBe(valid);
        if (!decoded.ok) expect(decoded.problem).toMatch(/byte 0x[0-9A-F]{2} at line \d+/);
      }),
      { numRuns: 500 },
    );
  });
});
