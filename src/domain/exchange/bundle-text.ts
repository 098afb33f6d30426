import type { Bundle } from './bundle';
import { escapeJsonText } from './safe-json';

/** Records written in one piece of text: a few hundred kilobytes each. */
const RECORDS_PER_PIECE = 200;

/** What a list of records is written as: their JSON, a record per line, in pieces. */
export type RecordLines = string[];

/** The fields of a bundle besides its lists of records. */
export type BundleHead = Omit<Bundle, 'articles' | 'claims' | 'tombstones'>;

/** The text of some records, in the order given, for one list of a bundle's file. */
export function recordLines(records: readonly object[]): RecordLines {
  const pieces: RecordLines = [];
  for (let from = 0; from < records.length; from += RECORDS_PER_PIECE) {
    const lines = records.slice(from, from + RECORDS_PER_PIECE).map((r) => JSON.stringify(r));
    pieces.push(escapeJsonText(lines.join(',\n    ')));
  }
  return pieces;
}

const field = (key: string, value: unknown): string =>
  `\n  ${JSON.stringify(key)}: ${escapeJsonText(JSON.stringify(value, null, 2).replaceAll('\n', '\n  '))}`;

function list(key: string, lines: RecordLines): string[] {
  if (lines.length === 0) return [`\n  ${JSON.stringify(key)}: []`];
  return [
    `\n  ${JSON.stringify(key)}: [`,
    ...lines.map((piece, n) => `${n ? ',' : ''}\n    ${piece}`),
    '\n  ]',
  ];
}

/**
 * A bundle's file text, as parts to hand to a Blob (or to join): each field of the bundle on a line
 * of its own, indented by two spaces, each record of its lists on one line, indented by four, and
 * `<>&` U+2028 U+2029 escaped as in every JSON export (safe-json.ts). A record per line keeps a
 * library's file a third smaller than an indented one and lets a diff show one line per changed
 * record. The text never becomes one string: a library's can pass the longest string a JavaScript
 * engine holds.
 */
export function bundleFileParts(
  head: BundleHead,
  lists: { articles: RecordLines; claims: RecordLines; tombstones: RecordLines },
): string[] {
  const { ratingScale, ...fields } = head;
  const groups = [
    ...Object.entries(fields).map(([key, value]) => [field(key, value)]),
    list('articles', lists.articles),
    list('claims', lists.claims),
    list('tombstones', lists.tombstones),
    ...(ratingScale ? [[field('ratingScale', ratingScale)]] : []),
  ];
  return ['{', ...groups.flatMap((parts, n) => (n ? [',', ...parts] : parts)), '\n}\n'];
}

/** The file text of a bundle held whole (one article's, a test's). */
export function bundleTextParts(bundle: Bundle): string[] {
  const { articles, claims, tombstones, ...head } = bundle;
  return bundleFileParts(head, {
    articles: recordLines(articles),
    claims: recordLines(claims),
    tombstones: recordLines(tombstones),
  });
}
