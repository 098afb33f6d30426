import { describe, expect, it } from 'vitest';
import { newClaim } from './claim';
import {
  EMPTY_FILTER,
  claimFilterTest,
  claimMatches,
  countBy,
  matchesArticle,
  prepareClaimSearch,
  sortClaims,
  type ClaimFilter,
} from './claim-filter';
import type { Claim } from '../types';

/** A claim with defaults; `exact` is the quote. */
function claim(overrides: Partial<Claim> & { exact?: string; start?: number } = {}): Claim {
  const { exact = 'Cloudwatt a demandé un audit', start = 0, ...rest } = overrides;
  const base = newClaim({
    id: rest.id ?? 'c1',
    articleId: rest.articleId ?? 'a1',
    anchor: { exact, prefix: '', suffix: '', start, end: start + [...exact].length },
    verdict: 'unverified',
    by: 'Marie Curie',
    at: '2026-01-01T10:00:00.000Z',
  });
  return { ...base, ...rest };
}

const EVIDENCE = {
  id: 'e1',
  url: 'https://example.org',
  stance: 'refutes' as const,
  note: '',
};

const CLAIM = claim({
  verdict: 'disputed',
  reviewState: 'in-review',
  tags: ['économie', 'audit'],
  note: 'Bercy dément avoir été consulté.',
  evidence: [{ ...EVIDENCE, title: 'Communiqué du ministère' }],
  createdBy: 'Marie Curie',
  updatedBy: 'Émile Zola',
});

describe('claimMatches', () => {
  const cases: [string, Partial<ClaimFilter>, boolean][] = [
    ['the empty filter keeps every claim', {}, true],
    ['a verdict it has', { verdicts: ['disputed'] }, true],
    ['any of several verdicts', { verdicts: ['confirmed', 'disputed'] }, true],
    ['a verdict it does not have', { verdicts: ['confirmed'] }, false],
    ['its review state', { states: ['in-review'] }, true],
    ['another review state', { states: ['approved', 'draft'] }, false],
    ['one of its tags', { tags: ['audit'] }, true],
    ['all of its tags', { tags: ['audit', 'économie'] }, true],
    ['a tag it lacks among its own', { tags: ['audit', 'santé'] }, false],
    ['a tag differing only in accents is another tag', { tags: ['economie'] }, false],
    ['its author, any case', { author: 'marie' }, true],
    ['who changed it last, without accents', { author: 'emile zola' }, true],
    ['someone else', { author: 'Jean' }, false],
    ['a blank author box', { author: '   ' }, true],
    ['an accented word typed without accents', { text: 'demande' }, true],
    ['a word in another case', { text: 'cloudwatt' }, true],
    ['every word, in any order', { text: 'audit CLOUDWATT' }, true],
    ['one word missing', { text: 'cloudwatt santé' }, false],
    ['a word of the rationale', { text: 'dement' }, true],
    ['a word of an evidence title', { text: 'ministere' }, true],
    ['words spread over quote and rationale', { text: 'cloudwatt bercy' }, true],
    ['a blank query', { text: '  ' }, true],
    ['all constraints at once', { verdicts: ['disputed'], tags: ['audit'], text: 'audit' }, true],
    ['all constraints but one', { verdicts: ['disputed'], tags: ['audit'], text: 'x' }, false],
  ];
  it.each(cases)('%s', (_name, filter, expected) => {
    expect(claimMatches(CLAIM, { ...EMPTY_FILTER, ...filter })).toBe(expected);
  });

  it('keeps only claims in a disagreement when asked to', () => {
    const only = { ...EMPTY_FILTER, disagreements: true };
    expect(claimFilterTest(only, new Set([CLAIM.id]))(CLAIM)).toBe(true);
    expect(claimFilterTest(only, new Set(['another']))(CLAIM)).toBe(false);
    expect(claimFilterTest(only)(CLAIM)).toBe(false);
    expect(claimFilterTest(EMPTY_FILTER, new Set())(CLAIM)).toBe(true);
  });

  it('does not let a word span two fields', () => {
    const c = claim({ exact: 'un audit', note: 'ria' });
    expect(claimMatches(c, { ...EMPTY_FILTER, text: 'auditria' })).toBe(false);
  });

  it('sees the new text of a changed claim', () => {
    expect(claimMatches(CLAIM, { ...EMPTY_FILTER, text: 'piscine' })).toBe(false);
    const changed = { ...CLAIM, note: 'La piscine rouvrira.' };
    expect(claimMatches(changed, { ...EMPTY_FILTER, text: 'piscine' })).toBe(true);
  });
});

describe('sortClaims', () => {
  const a1 = claim({ id: 'a1-late', articleId: 'A', start: 50, updatedAt: '2026-01-03' });
  const a2 = claim({ id: 'a1-early', articleId: 'A', start: 5, updatedAt: '2026-01-01' });
  const a3 = claim({ id: 'a1-early-long', articleId: 'A', start: 5, updatedAt: '2026-01-02' });
  a3.anchor = { ...a3.anchor, end: 500 };
  const b1 = claim({ id: 'b1', articleId: 'B', start: 0, updatedAt: '2026-01-04' });
  const ids = (claims: Claim[]) => claims.map((c) => c.id);

  const cases: [string, Claim[], 'position' | 'updated', string[]][] = [
    ['by start, then end', [a1, a3, a2], 'position', ['a1-early', 'a1-early-long', 'a1-late']],
    [
      'articles kept in the order they come',
      [b1, a1, a2],
      'position',
      ['b1', 'a1-early', 'a1-late'],
    ],
    [
      'most recent change first',
      [a2, b1, a3, a1],
      'updated',
      ['b1', 'a1-late', 'a1-early-long', 'a1-early'],
    ],
    ['nothing to sort', [], 'updated', []],
  ];
  it.each(cases)('%s', (_name, claims, sort, expected) => {
    expect(ids(sortClaims(claims, sort, (c) => c))).toEqual(expected);
  });

  it('sorts wrappers through the key and leaves the input alone', () => {
    const rows = [{ claim: a1 }, { claim: a2 }];
    const sorted = sortClaims(rows, 'position', (r) => r.claim);
    expect(sorted.map((r) => r.claim.id)).toEqual(['a1-early', 'a1-late']);
    expect(rows[0]!.claim).toBe(a1);
  });
});

describe('countBy', () => {
  it('counts every verdict and review state, zeros included', () => {
    const claims = [
      claim({ verdict: 'disputed', reviewState: 'approved' }),
      claim({ verdict: 'disputed' }),
      claim({ verdict: 'confirmed', reviewState: 'in-review' }),
    ];
    expect(countBy(claims)).toEqual({
      verdict: { confirmed: 1, disputed: 2, unverified: 0 },
      state: { draft: 1, 'in-review': 1, approved: 1 },
    });
    expect(countBy([])).toEqual({
      verdict: { confirmed: 0, disputed: 0, unverified: 0 },
      state: { draft: 0, 'in-review': 0, approved: 0 },
    });
  });
});

describe('prepareClaimSearch', () => {
  it('folds claims while there is time, says how many are left, and never folds one twice', () => {
    const claims = [claim({ id: 'a' }), claim({ id: 'b' }), claim({ id: 'c' })];
    let budget = 2;
    expect(prepareClaimSearch(claims, () => budget-- > 0)).toBe(1);
    let asked = 0;
    expect(
      prepareClaimSearch(claims, () => {
        asked++;
        return true;
      }),
    ).toBe(0);
    // Only the claim left over asked for time.
    expect(asked).toBe(1);
    const filter: ClaimFilter = { ...EMPTY_FILTER, text: 'DEMANDE audit' };
    expect(claims.every((c) => claimMatches(c, filter))).toBe(true);
  });
});

describe('matchesArticle', () => {
  const article = {
    title: 'Cloudwatt et l’audit',
    publisher: 'L’Usine Nouvelle',
    text: "C'est Cloudwatt qui a demandé un audit.\n\nUne affaire à suivre.",
  };
  const cases: [string, string, boolean][] = [
    ['a blank query', ' ', true],
    ['a title word, any case', 'CLOUDWATT', true],
    ['a publisher word', 'usine', true],
    ['a word of the text without accents', 'demande', true],
    ['words from title and text', 'audit affaire', true],
    ['a typographic apostrophe typed straight', "l'usine", true],
    ['a word that is nowhere', 'piscine', false],
    ['one word of two missing', 'audit piscine', false],
  ];
  it.each(cases)('%s', (_name, query, expected) => {
    expect(matchesArticle(article, query)).toBe(expected);
  });
});
