import { describe, expect, it } from 'vitest';
import { newClaim } from '../domain/claims/claim';
import {
  EMPTY_FILTER,
  claimFilterTest,
  countBy,
  type ClaimFilter,
} from '../domain/claims/claim-filter';
import type { Claim, ReviewState, Verdict } from '../domain/types';
import { ClaimsQueries, inLibraryOrder } from './claims-index-query';

function claim(
  id: string,
  articleId: string,
  exact: string,
  start: number,
  fields: { verdict?: Verdict; reviewState?: ReviewState; by?: string; note?: string } = {},
): Claim {
  const base = newClaim({
    id,
    articleId,
    anchor: { exact, prefix: '', suffix: '', start, end: start + exact.length },
    verdict: fields.verdict ?? 'unverified',
    by: fields.by ?? 'Ana',
    at: '2026-01-01T10:00:00.000Z',
  });
  return { ...base, reviewState: fields.reviewState ?? 'draft', note: fields.note ?? '' };
}

const TITLES = new Map([
  ['b', 'Budget'],
  ['a', 'Audit'],
]);

const CLAIMS = [
  claim('1', 'b', 'déficit', 10, { verdict: 'disputed', note: 'Cour des comptes' }),
  claim('2', 'a', 'Bercy', 0, { verdict: 'confirmed', reviewState: 'approved' }),
  claim('3', 'a', 'Bercy', 0, { verdict: 'disputed', by: 'Bo' }),
  claim('4', 'b', 'la dette', 0, { verdict: 'confirmed', reviewState: 'in-review' }),
  claim('5', 'gone', 'orphan of a deleted article', 0),
];

describe('the claims index queries', () => {
  const rows = inLibraryOrder(CLAIMS, TITLES);

  it('lists claims of existing articles by title, then position', () => {
    expect(rows.map((row) => row.claim.id)).toEqual(['2', '3', '4', '1']);
  });

  it('keeps what the filter keeps, and counts each facet under the other filters', () => {
    const queries = new ClaimsQueries();
    queries.setRows(rows);
    const filters: ClaimFilter[] = [
      EMPTY_FILTER,
      { ...EMPTY_FILTER, text: 'BERCY' },
      { ...EMPTY_FILTER, text: 'comptes', verdicts: ['disputed'] },
      { ...EMPTY_FILTER, verdicts: ['confirmed'], states: ['approved'] },
      { ...EMPTY_FILTER, author: 'bo' },
      { ...EMPTY_FILTER, disagreements: true },
    ];
    const disagreeing = queries.disagreeingIds();
    expect([...disagreeing].sort()).toEqual(['2', '3']);
    const all = rows.map((row) => row.claim);
    const kept = (filter: ClaimFilter) => all.filter(claimFilterTest(filter, disagreeing));
    for (const filter of filters) {
      const { shown, result } = queries.run(filter, 'position');
      expect(shown.map((row) => row.claim.id)).toEqual(kept(filter).map((c) => c.id));
      expect(result.facets.verdict).toEqual(countBy(kept({ ...filter, verdicts: [] })).verdict);
      expect(result.facets.state).toEqual(countBy(kept({ ...filter, states: [] })).state);
      expect(result.total).toBe(4);
      expect(result.disagreements).toBe(2);
    }
  });

  it('finds disagreements again when an article’s claims change, and only then', () => {
    const queries = new ClaimsQueries();
    queries.setRows(rows);
    expect(queries.disagreeingIds().size).toBe(2);
    // Bo comes round to Ana's verdict: the pair agrees now.
    const agreed = rows.map((row) =>
      row.claim.id === '3'
        ? { ...row, claim: { ...row.claim, verdict: 'confirmed' as const } }
        : row,
    );
    queries.setRows(agreed);
    expect(queries.disagreeingIds().size).toBe(0);
    expect(
      queries.run({ ...EMPTY_FILTER, text: 'bercy' }, 'position').result.facets.verdict,
    ).toEqual({ confirmed: 2, disputed: 0, unverified: 0 });
  });
});
