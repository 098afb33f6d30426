import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { FIVE_RATING_SCALE } from '../claims/ratings';
import {
  makeArticle,
  makeClaim,
  sampleArticle,
  sampleClaims,
  SAMPLE_URL,
} from '../test-data/exchange';
import { claimsForExport } from './export-claims';
import { toXlsx } from './xlsx';

const article = sampleArticle();
const claims = sampleClaims(article);

/** The workbook read back by the library that wrote it, and its only sheet. */
async function readBack(bytes: Uint8Array) {
  // A real .xlsx is a zip archive ("PK").
  expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const cell = (row: number, header: string) =>
    sheet.getRow(row).getCell(headers.indexOf(header) + 1);
  return { sheet, headers, cell };
}

describe('toXlsx', () => {
  it('writes one row per claim under a header, read back with the same cells', async () => {
    const { sheet, headers, cell } = await readBack(
      await toXlsx([article], claims, { scale: FIVE_RATING_SCALE, sheetName: 'Affirmations' }),
    );
    expect(sheet.name).toBe('Affirmations');
    expect(sheet.rowCount).toBe(1 + claims.length);
    expect(headers.slice(0, 4)).toEqual(['article_title', 'article_url', 'quote', 'verdict']);
    expect(headers.at(-1)).toBe('Source 1');
    expect(cell(2, 'quote').value).toBe('"Bercy" n\'a pas demandé d\'audit');
    expect(cell(2, 'verdict').value).toBe('disputed');
    expect(cell(2, 'rating').value).toBe('Missing context');
    expect(cell(2, 'rationale').value).toBe(claims[0]!.note);
    expect(cell(2, 'start').value).toBe(claims[0]!.anchor.start);
    expect(cell(3, 'rating').value).toBe('True');
  });

  it('colours the verdict and rating cells with the rating’s colour', async () => {
    const { cell } = await readBack(await toXlsx([article], claims, { scale: FIVE_RATING_SCALE }));
    const fill = (row: number, header: string) =>
      (cell(row, header).fill as { fgColor?: { argb?: string } }).fgColor?.argb;
    expect(fill(2, 'verdict')).toBe('FFA66A00');
    expect(fill(2, 'rating')).toBe('FFA66A00');
    expect(fill(3, 'rating')).toBe('FF2E7D4F');
  });

  it('makes web addresses clickable links, each source in its own column', async () => {
    const two = [
      {
        ...claims[0]!,
        evidence: [
          ...claims[0]!.evidence,
          {
            id: 'e2',
            url: 'https://example.org/deux',
            title: '',
            stance: 'context' as const,
            note: '',
          },
        ],
      },
    ];
    const { headers, cell } = await readBack(await toXlsx([article], two));
    expect(headers.slice(-2)).toEqual(['Source 1', 'Source 2']);
    expect(cell(2, 'article_url').value).toEqual({ text: SAMPLE_URL, hyperlink: SAMPLE_URL });
    expect(cell(2, 'Source 2').value).toEqual({
      text: 'https://example.org/deux',
      hyperlink: 'https://example.org/deux',
    });
  });

  it('writes a quote that looks like a formula as text, never as a formula', async () => {
    const one = makeArticle({ paragraphs: ['=HYPERLINK("http://x","clic")'] });
    const claim = makeClaim(one, '=HYPERLINK("http://x","clic")');
    const { cell } = await readBack(await toXlsx([one], [claim]));
    expect(cell(2, 'quote').type).toBe(ExcelJS.ValueType.String);
    expect(cell(2, 'quote').value).toBe('=HYPERLINK("http://x","clic")');
  });

  it('gives a claim not found in the text its status and no offsets', async () => {
    const lost = {
      ...claims[1]!,
      anchor: { ...claims[1]!.anchor, exact: 'absente', prefix: '', suffix: '' },
    };
    const located = claimsForExport([article], [lost], {
      now: '2024-03-06T12:00:00.000Z',
      locate: locateAnchors,
      orphans: 'mark',
    }).claims;
    const { cell } = await readBack(await toXlsx([article], located));
    expect(cell(2, 'status').value).toBe('orphaned');
    expect(cell(2, 'start').value).toBe(null);
  });
});
