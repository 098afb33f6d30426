import ExcelJS from 'exceljs';
import { isWebUrl } from '../claims/article-meta';
import { CLAIM_COLUMNS, claimRows, type ClaimColumn, type ClaimTableLabels } from './claim-table';
import type { RatingScale } from '../claims/ratings';
import type { Article, Claim } from '../types';

/*
 * The claims as an Excel workbook (.xlsx): one sheet, one row per claim, the columns of the CSV
 * (claim-table.ts) with the verdict and rating cells in the rating's colour, web addresses as
 * clickable links and each source in a column of its own. Cells are written as text or numbers,
 * never as formulas, so a quote starting with "=" is shown, not run. This file is loaded on
 * demand only (exceljs is large): nothing on the first screen imports it.
 */

/** How a spreadsheet export is written. */
export interface XlsxOptions {
  labels?: ClaimTableLabels;
  scale?: RatingScale;
  /** The sheet's name (Excel allows 31 characters, without : \ / ? * [ ]). */
  sheetName?: string;
  /** The header of source columns, numbered from 1 ("Source 1"…). */
  sourceHeader?: (n: number) => string;
}

/** Columns the spreadsheet writes differently from the CSV. */
const NUMBERS: readonly ClaimColumn[] = ['start', 'end'];
const WIDE: Partial<Record<ClaimColumn, number>> = { quote: 50, rationale: 60, article_title: 30 };

/** A sheet name Excel accepts. */
function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Claims';
}

/** `#rrggbb` as Excel's ARGB. */
const argb = (colour: string) => `FF${colour.replace('#', '').toUpperCase()}`;

/** A cell value: a link when it is a web address, else the text. */
function linkOrText(value: string): ExcelJS.CellValue {
  return isWebUrl(value) ? { text: value, hyperlink: value } : value;
}

/** The workbook of some articles' claims, as the bytes of an .xlsx file. */
export async function toXlsx(
  articles: Article[],
  claims: Claim[],
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const rows = claimRows(articles, claims, options);
  const sources = Math.max(0, ...rows.map((row) => row.claim.evidence.length));
  const columns = CLAIM_COLUMNS.filter((column) => column !== 'evidence_urls');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Verdict';
  const sheet = workbook.addWorksheet(safeSheetName(options.sheetName ?? 'Claims'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const sourceHeader = options.sourceHeader ?? ((n: number) => `Source ${n}`);
  sheet.columns = [
    ...columns.map((column) => ({
      header: options.labels?.columns[column] ?? column,
      key: column,
      width: WIDE[column] ?? 16,
    })),
    ...Array.from({ length: sources }, (_, i) => ({
      header: sourceHeader(i + 1),
      key: `source_${i + 1}`,
      width: 40,
    })),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const { cells, claim, rating } of rows) {
    const values: Record<string, ExcelJS.CellValue> = {};
    for (const column of columns) {
      const cell = cells[column];
      values[column] = cell === '' ? null : NUMBERS.includes(column) ? Number(cell) : cell;
    }
    values.article_url = linkOrText(cells.article_url);
    claim.evidence.forEach((evidence, i) => {
      values[`source_${i + 1}`] = linkOrText(evidence.url);
    });
    const row = sheet.addRow(values);
    row.alignment = { vertical: 'top', wrapText: true };
    if (rating) {
      for (const key of ['verdict', 'rating']) {
        const cell = row.getCell(key);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(rating.colour) } };
        cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      }
    }
    for (let i = 0; i < sources + 1; i++) {
      const key = i === 0 ? 'article_url' : `source_${i}`;
      const cell = row.getCell(key);
      if (typeof cell.value === 'object' && cell.value !== null && 'hyperlink' in cell.value) {
        cell.font = { color: { argb: 'FF0563C1' }, underline: true };
      }
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
