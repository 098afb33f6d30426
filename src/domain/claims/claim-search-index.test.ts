import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../types';
import { newClaim } from './claim';
import { EMPTY_FILTER, claimMatches, queryWords } from './claim-filter';
import { buildClaimSearchIndex, claimsWithWords } from './claim-search-index';

function claim(i: number, exact: string, note = '', titles: string[] = []): Claim {
  const base = newClaim({
    id: `c${i}`,
    articleId: 'a1',
    anchor: { exact, prefix: '', suffix: '', start: 0, end: [...exact].length },
    verdict: 'unverified',
    by: 'Ana',
    at: '2026-01-01T10:00:00.000Z',
  });
  const evidence = titles.map((title, k) => ({
    id: `e${k}`,
    url: 'https://example.org',
    title,
    stance: 'context' as const,
    note: '',
  }));
  return { ...base, note, evidence };
}

const matching = (claims: Claim[], query: string) => {
  const hits = claimsWithWords(buildClaimSearchIndex(claims), queryWords(query));
  return claims.filter((_, i) => hits[i] === 1).map((c) => c.id);
};

describe('the joined search texts of claims', () => {
  const claims = [
    claim(0, '"Bercy" n’a pas demandé d’audit', 'Démenti publié'),
    claim(1, 'Le déficit a baissé', '', ['Rapport de la Cour des comptes']),
    claim(2, 'audit', 'pas de « Bercy » ici'),
    claim(3, 'bercy'),
  ];

  it('finds every word in any of a claim’s fields, folded', () => {
    expect(matching(claims, 'BERCY')).toEqual(['c0', 'c2', 'c3']);
    expect(matching(claims, 'demande  d’audit')).toEqual(['c0']);
    expect(matching(claims, 'cour comptes')).toEqual(['c1']);
    expect(matching(claims, 'audit bercy')).toEqual(['c0', 'c2']);
    expect(matching(claims, '')).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(matching([], 'bercy')).toEqual([]);
  });

  it('never matches a word across two claims or two fields', () => {
    // c2 ends with "ici", c3 starts with "bercy": "ici bercy" is in neither.
    expect(matching(claims, 'icibercy')).toEqual([]);
    expect(matching([claim(0, 'audit', 'publié')], 'auditpublie')).toEqual([]);
  });

  it('keeps exactly the claims the filter keeps, for any texts and query', () => {
    const word = fc.constantFrom('a', 'é', 'E', 'au', 'dit', 'Bercy', '’', "'", ' ', '«', '\u0000');
    const text = fc.array(word, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, fc.array(text, { maxLength: 2 })), { maxLength: 12 }),
        text,
        (fields, query) => {
          const list = fields.map(([exact, note, titles], i) => claim(i, exact, note, titles));
          const expected = list
            .filter((c) => claimMatches(c, { ...EMPTY_FILTER, text: query }))
            .map((c) => c.id);
          expect(matching(list, query)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
