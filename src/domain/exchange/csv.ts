import Papa from 'papaparse';
import { compareArticles, compareClaims } from './bundle';
import type { Article, Claim } from '../types';

/** The CSV columns, in order; one row per claim. */
export const CSV_COLUMNS = [
  'article_title',
  'article_url',
  'quote',
  'verdict',
  'review_state',
  'rationale',
  'tags',
  'evidence_urls',
  'claimant',
  'claim_date',
  'created_by',
  'created_at',
  'updated_by',
  'updated_at',
  'start',
  'end',
] as const;

/** How list cells (tags, evidence links) join their entries. */
export const CSV_LIST_SEPARATOR = '; ';

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

function row(article: Article, claim: Claim): string[] {
  const cells = [
    article.title,
    article.sourceUrl,
    claim.anchor.exact,
    claim.verdict,
    claim.reviewState,
    claim.note,
    claim.tags.join(CSV_LIST_SEPARATOR),
    claim.evidence.map((evidence) => evidence.url).join(CSV_LIST_SEPARATOR),
    claim.claimant,
    claim.claimDate,
    claim.createdBy,
    claim.createdAt,
    claim.updatedBy,
    claim.updatedAt,
  ].map(neutraliseFormula);
  return [...cells, String(claim.anchor.start), String(claim.anchor.end)];
}

/**
 * The claims of some articles as CSV (RFC 4180: CRLF rows, quoted cells where needed), with a
 * UTF-8 byte order mark so that Excel reads accents right. Claims of articles not given are
 * left out; rows follow the articles' order, then the claims' reading order.
 */
export function toCsv(articles: Article[], claims: Claim[]): string {
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) {
    const own = byArticle.get(claim.articleId);
    if (own) own.push(claim);
    else byArticle.set(claim.articleId, [claim]);
  }
  const rows: string[][] = [];
  for (const article of [...articles].sort(compareArticles)) {
    const own = (byArticle.get(article.id) ?? []).sort(compareClaims);
    for (const claim of own) rows.push(row(article, claim));
  }
  // Header as the first row: given as `fields`, an empty export would end with a stray newline.
  const csv = Papa.unparse([[...CSV_COLUMNS], ...rows], {
    newline: '\r\n',
    quotes: false,
    // Formulas are neutralised cell by cell above, by a rule of ours that the tests pin down.
    escapeFormulae: false,
  });
  return `\uFEFF${csv}`;
}
