import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { FIVE_RATING_SCALE } from '../claims/ratings';
import { sampleArticle, sampleClaims } from '../test-data/exchange';
import { CLAIM_COLUMNS, type ClaimTableLabels } from './claim-table';
import { toCsv } from './csv';
import { claimsForExport } from './export-claims';

/*
 * French Excel opens a CSV with `;` between cells (the French list separator) and reads it as
 * UTF-8 only with a byte order mark. These tests read the export the way it does: the BOM
 * decides the encoding, `;` splits cells, double quotes wrap cells that hold either.
 */

const FRENCH: ClaimTableLabels = {
  columns: {
    article_title: 'Titre de l’article',
    article_url: 'Adresse de l’article',
    quote: 'Citation',
    verdict: 'Verdict',
    rating: 'Note',
    review_state: 'État de relecture',
    status: 'Statut',
    rationale: 'Justification',
    tags: 'Étiquettes',
    evidence_urls: 'Sources',
    claimant: 'Auteur de l’affirmation',
    claim_date: 'Date de l’affirmation',
    created_by: 'Créée par',
    created_at: 'Créée le',
    updated_by: 'Modifiée par',
    updated_at: 'Modifiée le',
    approved_by: 'Approuvée par',
    approved_at: 'Approuvée le',
    start: 'Début',
    end: 'Fin',
  },
  verdicts: { confirmed: 'Confirmé', disputed: 'Contesté', unverified: 'Non vérifié' },
  reviewStates: { draft: 'Brouillon', 'in-review': 'En relecture', approved: 'Approuvé' },
  statuses: { found: 'Dans le texte', orphaned: 'Introuvable dans le texte' },
  language: 'fr',
};

/** Reads bytes as French Excel does: UTF-8 because of the BOM, cells split at `;`. */
function openLikeFrenchExcel(bytes: Uint8Array): string[][] {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3));
  const result = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

const article = sampleArticle();
const claims = sampleClaims(article);
const encode = (csv: string) => new TextEncoder().encode(csv);

describe('CSV for French Excel', () => {
  it('opens in columns, with French headers, values and rating names', () => {
    const csv = toCsv([article], claims, {
      separator: ';',
      labels: FRENCH,
      scale: FIVE_RATING_SCALE,
    });
    const rows = openLikeFrenchExcel(encode(csv));
    expect(rows[0]).toEqual(CLAIM_COLUMNS.map((column) => FRENCH.columns[column]));
    expect(rows).toHaveLength(1 + claims.length);
    for (const row of rows) expect(row).toHaveLength(CLAIM_COLUMNS.length);
    const cell = (row: number, column: (typeof CLAIM_COLUMNS)[number]) =>
      rows[row]![CLAIM_COLUMNS.indexOf(column)];
    expect(cell(1, 'verdict')).toBe('Contesté');
    // The five-rating scale's first disputed rating stands for a claim without its own.
    expect(cell(1, 'rating')).toBe('Manque de contexte');
    expect(cell(1, 'review_state')).toBe('Approuvé');
    expect(cell(1, 'status')).toBe('Dans le texte');
    expect(cell(1, 'tags')).toBe('économie; cloud');
    expect(cell(1, 'rationale')).toBe(claims[0]!.note);
    expect(cell(2, 'rating')).toBe('Vrai');
    expect(cell(3, 'verdict')).toBe('Non vérifié');
  });

  it('with commas, reads as one column: why `;` is the French default', () => {
    const rows = openLikeFrenchExcel(encode(toCsv([article], claims, { separator: ',' })));
    expect(rows[0]).toHaveLength(1);
  });

  it('marks a claim not found in the text by its status, with no offsets', () => {
    const lost = {
      ...claims[1]!,
      anchor: { ...claims[1]!.anchor, exact: 'une phrase absente', prefix: '', suffix: '' },
    };
    const { claims: located } = claimsForExport([article], [claims[0]!, lost], {
      now: '2024-03-06T12:00:00.000Z',
      locate: locateAnchors,
      orphans: 'mark',
    });
    const rows = openLikeFrenchExcel(
      encode(toCsv([article], located, { separator: ';', labels: FRENCH })),
    );
    const column = (name: (typeof CLAIM_COLUMNS)[number]) =>
      rows.slice(1).map((row) => row[CLAIM_COLUMNS.indexOf(name)]);
    expect(column('status')).toEqual(['Dans le texte', 'Introuvable dans le texte']);
    expect(column('start')).toEqual([String(claims[0]!.anchor.start), '']);
    expect(column('end')).toEqual([String(claims[0]!.anchor.end), '']);
  });
});
