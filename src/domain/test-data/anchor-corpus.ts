/**
 * The anchoring edit corpus: a deterministic generator of edited fixture articles whose claims'
 * expected spans are tracked through each edit (never searched), and the judge that sorts each
 * located claim into right, not found or wrong.
 */
import { describeAnchor } from '../anchoring/describe-anchor';
import { offsetIndexOf } from '../text/code-points';
import type { Anchor } from '../types';
import { EDITS, type EditKind } from './anchor-edits';
import { FIXTURES } from './anchor-fixtures';
import { prng, sentencesOf, TrackedText, trimPunctuation, type Span } from './tracked-text';

/** One generated case: a text before and after an edit script, and what each claim must become. */
export interface CorpusCase {
  kind: EditKind;
  fixture: string;
  before: string;
  after: string;
  anchors: Anchor[];
  /** UTF-16 span each claim must be placed on in `after`, or null when it must not be found. */
  expected: (Span | null)[];
  /** The claims the edit script aimed at: the ones the table counts. */
  subjects: number[];
  /** Where the subject's words survive in another context (a suggestion, never a placement). */
  suggestion?: Span;
}

/** One claim per sentence: 3 to 9 of its words, trimmed of edge punctuation. */
export function claimsOf(text: string, random: () => number): Span[] {
  const spans: Span[] = [];
  for (const sentence of sentencesOf(text)) {
    const n = sentence.words.length;
    const length = Math.min(n, 3 + Math.floor(random() * 7));
    const first = Math.floor(random() * (n - length + 1));
    const span = trimPunctuation(text, {
      start: sentence.words[first]!.start,
      end: sentence.words[first + length - 1]!.end,
    });
    if (span.end - span.start >= 12) spans.push(span);
  }
  return spans;
}

/** The anchor a fact-checker's selection of a UTF-16 span would store. */
export function anchorOfSpan(text: string, span: Span): Anchor {
  const index = offsetIndexOf(text);
  return describeAnchor(text, index.toCodePoint(span.start), index.toCodePoint(span.end), index);
}

/** Generates `perKind` cases of every edit kind on every fixture it applies to, from a seed. */
export function generateCorpus(seed: number, perKind: number): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const [kind, edit] of Object.entries(EDITS) as [EditKind, (typeof EDITS)[EditKind]][]) {
    for (const [fixture, text] of Object.entries(FIXTURES)) {
      if (edit.fixtures && !edit.fixtures.includes(fixture)) continue;
      for (let n = 0; n < perKind; n++) {
        const random = prng(seed * 7919 + cases.length * 104729 + n);
        const claims = claimsOf(text, random);
        const draft = new TrackedText(text, claims);
        const subject = Math.floor(random() * claims.length);
        const outcome = edit.apply(draft, subject, random);
        if (!outcome) continue;
        cases.push({
          kind,
          fixture,
          before: text,
          after: draft.text,
          anchors: claims.map((span) => anchorOfSpan(text, span)),
          expected: draft.spans.map((span, i) => (i === subject && outcome.orphan ? null : span)),
          subjects: [subject],
          suggestion: outcome.suggestion,
        });
      }
    }
  }
  return cases;
}

/** A located claim's fate against its expected span. */
export type Verdict = 'right' | 'not found' | 'wrong';

/** A claim's match as the anchoring returns it, in code points. */
export interface PlacedMatch {
  start: number;
  end: number;
  status: string;
}

/** The match's UTF-16 span in `text`. */
export function toUtf16(text: string, match: PlacedMatch): Span {
  const index = offsetIndexOf(text);
  return { start: index.toUtf16(match.start), end: index.toUtf16(match.end) };
}

/** Whether two spans of a text cover the same words (edge spaces and punctuation aside). */
export function sameWords(text: string, a: Span, b: Span): boolean {
  const x = trimPunctuation(text, a);
  const y = trimPunctuation(text, b);
  return x.start === y.start && x.end === y.end;
}

/** Right: on its expected span, or not found when none; not found: orphaned; else wrong. */
export function judge(text: string, expected: Span | null, match: PlacedMatch): Verdict {
  if (match.status === 'orphaned') return expected ? 'not found' : 'right';
  if (!expected) return 'wrong';
  return sameWords(text, expected, toUtf16(text, match)) ? 'right' : 'wrong';
}

/** Counts of each verdict per edit kind. */
export type CorpusTable = Record<string, Record<Verdict, number>>;

/** Tallies the subjects' verdicts per kind, given each case's matches. */
export function tabulate(cases: CorpusCase[], matches: PlacedMatch[][]): CorpusTable {
  const table: CorpusTable = {};
  cases.forEach((c, i) => {
    const row = (table[c.kind] ??= { right: 0, 'not found': 0, wrong: 0 });
    for (const subject of c.subjects) {
      row[judge(c.after, c.expected[subject]!, matches[i]![subject]!)]++;
    }
  });
  return table;
}

/** The table as aligned text lines, with a total row. */
export function formatTable(table: CorpusTable): string {
  const total = { right: 0, 'not found': 0, wrong: 0 };
  const rows = Object.entries(table).map(([kind, row]) => {
    total.right += row.right;
    total['not found'] += row['not found'];
    total.wrong += row.wrong;
    return [kind, row];
  }) as [string, Record<Verdict, number>][];
  rows.push(['total', total]);
  return rows
    .map(([kind, row]) =>
      [
        kind.padEnd(34),
        String(row.right).padStart(6),
        String(row['not found']).padStart(10),
        String(row.wrong).padStart(6),
      ].join(' '),
    )
    .join('\n');
}
