import { lineAndColumn } from './json-text';

/** An import file's text, or why its bytes are not text Verdict reads (English, for its author). */
export type DecodedFile = { ok: true; text: string } | { ok: false; problem: string };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

const NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'utf-32le': 'UTF-32 (little-endian)',
  'utf-32be': 'UTF-32 (big-endian)',
};

const AGAIN = 'save it as UTF-8 and import it again';

/**
 * The encoding of a file and the length of its byte order mark. Without a mark, the NUL bytes
 * around the first character tell UTF-16 and UTF-32 from UTF-8, since JSON text starts with an
 * ASCII character (RFC 4627, section 3).
 */
function sniff(bytes: Uint8Array): { encoding: Encoding; bom: number } {
  const [b0, b1, b2, b3] = bytes;
  const starts = (...mark: number[]) => mark.every((byte, i) => bytes[i] === byte);
  if (starts(0xef, 0xbb, 0xbf)) return { encoding: 'utf-8', bom: 3 };
  if (starts(0x00, 0x00, 0xfe, 0xff)) return { encoding: 'utf-32be', bom: 4 };
  if (starts(0xff, 0xfe, 0x00, 0x00)) return { encoding: 'utf-32le', bom: 4 };
  if (starts(0xfe, 0xff)) return { encoding: 'utf-16be', bom: 2 };
  if (starts(0xff, 0xfe)) return { encoding: 'utf-16le', bom: 2 };
  if (bytes.length >= 4 && b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) {
    return { encoding: 'utf-32be', bom: 0 };
  }
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) {
    return { encoding: 'utf-32le', bom: 0 };
  }
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return { encoding: 'utf-16be', bom: 0 };
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return { encoding: 'utf-16le', bom: 0 };
  return { encoding: 'utf-8', bom: 0 };
}

/**
 * Where the first byte that is not UTF-8 is (the lead byte of a bad sequence), and whether it
 * is a sequence the file's end cuts short; null if all of it is UTF-8. The ranges are those of
 * the Unicode Standard's table 3-7, the ones TextDecoder's `fatal` mode enforces.
 */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; cut: boolean } | null {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let [low, high] = [0x80, 0xbf];
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return { offset: i, cut: false };
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return { offset: i, cut: true };
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next < min || next > max) return { offset: i, cut: false };
    }
    i += length;
  }
  return null;
}

/**
 * Windows-1252 from 0x80 to 0x9F (from 0xA0 on it is Latin-1, byte for byte), as browsers decode
 * it; written out since Node 20's TextDecoder, which the unit tests run on, reads these bytes as
 * Latin-1's control characters.
 */
const WINDOWS_1252_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1252 = (byte: number): string =>
  byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80[byte - 0x80]! : String.fromCharCode(byte);

/** Bytes Windows-1252 leaves undefined, and control bytes no text file holds. */
const NOT_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const isBinaryByte = (byte: number): boolean =>
  byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Why bytes that are not UTF-8 cannot be imported, with the place of the first bad byte. */
function notUtf8(bytes: Uint8Array, start: number): string {
  const bad = firstInvalidUtf8(bytes.subarray(start));
  if (!bad) return `the file could not be read as UTF-8; ${AGAIN}`;
  const offset = start + bad.offset;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, offset));
  const { line, column } = lineAndColumn(before, before.length);
  const where = `byte ${hex(bytes[offset]!)} at line ${line}, column ${column}`;
  if (bad.cut) {
    return `the file ends in the middle of a UTF-8 character (${where}): it was cut short; export it again`;
  }
  if (bytes.some(isBinaryByte)) {
    return `the file is not text (${where} is not UTF-8, and it holds control bytes): choose a Verdict bundle or a W3C annotations file`;
  }
  if (bytes.some((byte) => NOT_WINDOWS_1252.has(byte))) {
    return `the file is not UTF-8 (${where}): it may be damaged or in another encoding; ${AGAIN}`;
  }
  const char = windows1252(bytes[offset]!);
  return `the file is not UTF-8: it looks like Windows-1252 (Latin-1), where ${where} is "${char}"; ${AGAIN}`;
}

/** The index of the first UTF-16 code unit that is half of a surrogate pair alone, or -1. */
function loneSurrogate(unitAt: (index: number) => number, length: number): number {
  const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
  const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
  for (let i = 0; i < length; i++) {
    const unit = unitAt(i);
    if (isLow(unit)) return i;
    if (isHigh(unit)) {
      if (i + 1 >= length || !isLow(unitAt(i + 1))) return i;
      i++;
    }
  }
  return -1;
}

/** Why UTF-16 bytes cannot be read: an odd length, or half of a surrogate pair alone. */
function notUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const name = NAMES[encoding];
  if (body.length % 2 !== 0) {
    return `the file is ${name} but ends in the middle of a character: it was cut short; ${AGAIN}`;
  }
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const unitAt = (index: number) => view.getUint16(index * 2, encoding === 'utf-16le');
  const at = loneSurrogate(unitAt, body.length / 2);
  if (at < 0) return `the file is not valid ${name}; ${AGAIN}`;
  const before = new TextDecoder(encoding).decode(body.subarray(0, at * 2));
  const { line, column } = lineAndColumn(before, before.length);
  return `the file is not valid ${name}: half of a surrogate pair stands alone at line ${line}, column ${column}; ${AGAIN}`;
}

/**
 * Reads an import file's bytes as text: UTF-8 (a byte order mark is dropped) or UTF-16 (with a
 * byte order mark or recognised by its NUL bytes). UTF-32 and bytes that are not valid in their
 * encoding (a Windows-1252 file, a cut-off or binary file) are refused with a problem that names
 * the encoding and where it fails, never decoded with replacement characters, which would
 * change quotes silently.
 */
export function decodeFile(data: ArrayBuffer | Uint8Array): DecodedFile {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const { encoding, bom } = sniff(bytes);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    return {
      ok: false,
      problem: `the file is ${NAMES[encoding]}, which Verdict does not read; ${AGAIN}`,
    };
  }
  const body = bytes.subarray(bom);
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text };
  } catch {
    const problem = encoding === 'utf-8' ? notUtf8(bytes, bom) : notUtf16(body, encoding);
    return { ok: false, problem };
  }
}
