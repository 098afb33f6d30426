import Papa from 'papaparse';
import { CLAIM_COLUMNS, claimRows, type ClaimColumn, type ClaimTableLabels } from './claim-table';
import type { RatingScale } from '../claims/ratings';
import type { Article, Claim } from '../types';

/** The separators a CSV export offers: `,` (English convention) or `;` (French Excel's). */
export type CsvSeparator = ',' | ';';

/** How a CSV export is written. */
export interface CsvOptions {
  /** `,` by default. */
  separator?: CsvSeparator;
  /** Headers and values in the reader's language (column ids and stored values by default). */
  labels?: ClaimTableLabels;
  scale?: RatingScale;
}

/**
 * How a formula can start: = + - @, or their full-width forms (＝ ＋ － ＠), which an input method
 * or a spreadsheet may fold to ASCII; after any whitespace (spaces, line breaks, U+3000), which
 * some spreadsheets trim before they look; or a tab or carriage return, which some of them skip.
 */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * Spreadsheets run a cell that starts like a formula (FORMULA): a quote like `=HYPERLINK(…)`
 * from an article could run when a colleague opens the export. Such cells get a leading
 * apostrophe, which spreadsheets show as text and hide. The cost: a quote starting with "-"
 * reads "'-" to a program reading the CSV.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/** Cells written as they are: offsets are numbers, never formulas. */
const NUMERIC: readonly ClaimColumn[] = ['start', 'end'];

/**
 * The claims of some articles as CSV (RFC 4180: CRLF rows, quoted cells where needed, with the
 * separator chosen), with a UTF-8 byte order mark so that Excel reads accents right. Rows follow
 * the articles' order, then the claims' reading order (claim-table.ts); a claim whose words are
 * not in the text has its status and no offsets.
 */
export function toCsv(articles: Article[], claims: Claim[], options: CsvOptions = {}): string {
  const rows = claimRows(articles, claims, options).map(({ cells }) =>
    CLAIM_COLUMNS.map((column) =>
      NUMERIC.includes(column) ? cells[column] : neutraliseFormula(cells[column]),
    ),
  );
  const header = CLAIM_COLUMNS.map((column) =>
    neutraliseFormula(options.labels?.columns[column] ?? column),
  );
  // Header as the first row: given as `fields`, an empty export would end with a stray newline.
  const csv = Papa.unparse([header, ...rows], {
    delimiter: options.separator ?? ',',
    newline: '\r\n',
    quotes: false,
    // Formulas are neutralised cell by cell above, by a rule of ours that the tests pin down.
    escapeFormulae: false,
  });
  return `\uFEFF${csv}`;
}
