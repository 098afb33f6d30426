import { describe, expect, it } from 'vitest';
import { newClaim } from './claim';
import type { Claim, Verdict } from '../types';
import { adjudicate } from './adjudication';
import {
  articleAgreement,
  disagreeingClaimIds,
  disagreements,
  pairAgreement,
  agreementOfPairs,
  articlePairVerdicts,
} from './claim-agreement';

const AT = '2026-12-01T10:00:00.000Z';
let next = 0;
/** A claim by `by` over [start, end) of article `articleId`. */
function claim(by: string, start: number, end: number, verdict: Verdict, articleId = 'a1'): Claim {
  const id = `c${++next}`;
  const anchor = { exact: 'x'.repeat(end - start), prefix: '', suffix: '', start, end };
  return newClaim({ id, articleId, anchor, verdict, by, at: AT });
}

/**
 * A prepared article judged by Ana and Bo. Ten spans both judged (same words, or overlapping by
 * at least half of the shorter), and two only one of them judged:
 *
 *                  Bo confirmed  Bo disputed
 *   Ana confirmed        4             1
 *   Ana disputed         1             4
 *
 * po = 8/10 = 0.8; pe = (5/10)(5/10) + (5/10)(5/10) = 0.5; κ = (0.8 − 0.5) / (1 − 0.5) = 0.6.
 */
function preparedArticle(): Claim[] {
  const pairs: [Verdict, Verdict][] = [
    ...Array.from({ length: 4 }, (): [Verdict, Verdict] => ['confirmed', 'confirmed']),
    ['confirmed', 'disputed'],
    ['disputed', 'confirmed'],
    ...Array.from({ length: 4 }, (): [Verdict, Verdict] => ['disputed', 'disputed']),
  ];
  const claims = pairs.flatMap(([ana, bo], i) => [
    claim('Ana', i * 100, i * 100 + 40, ana),
    // Bo's words start 15 code points later: 25 of his 40 overlap Ana's (≥ half).
    claim('Bo', i * 100 + 15, i * 100 + 55, bo),
  ]);
  return [
    ...claims,
    claim('Ana', 2000, 2040, 'unverified'),
    // Overlaps Ana's last claim by 10 of 40 code points only: not the same words.
    claim('Bo', 2030, 2070, 'disputed'),
  ];
}

describe('agreement over stored claims', () => {
  it('summarises a prepared two-reviewer article with the kappa computed by hand', () => {
    const summary = articleAgreement(preparedArticle());
    expect(summary).toMatchObject({
      reviewers: ['Ana', 'Bo'],
      agreeing: 8,
      disagreeing: 2,
      single: 2,
      coefficient: { kind: 'kappa' },
    });
    expect(summary.coefficient!.value).toBeCloseTo(0.6, 10);
  });

  it('gives Krippendorff’s alpha when more than two reviewers judged the article', () => {
    // Two units: (C, C, D), each ordered pair weighing 1/(3 − 1), and (D, D), weighing 1.
    // Coincidences: C–C 1, C–D 1, D–C 1, D–D 2; nC = 2, nD = 3, n = 5; Do = 2, De = 2·3·2 = 12.
    // α = 1 − (n − 1) · Do / De = 1 − 4 · 2 / 12 = 1/3.
    const summary = articleAgreement([
      claim('Ana', 0, 20, 'confirmed'),
      claim('Bo', 0, 20, 'confirmed'),
      claim('Cy', 5, 20, 'disputed'),
      claim('Ana', 100, 120, 'disputed'),
      claim('Cy', 100, 120, 'disputed'),
    ]);
    expect(summary).toMatchObject({ reviewers: ['Ana', 'Bo', 'Cy'], agreeing: 2, disagreeing: 2 });
    expect(summary.coefficient).toMatchObject({ kind: 'alpha' });
    expect(summary.coefficient!.value).toBeCloseTo(1 / 3, 10);
  });

  it('leaves out claims whose words are gone or whose maker is unknown', () => {
    const claims = [
      claim('Ana', 0, 10, 'confirmed'),
      { ...claim('Bo', 0, 10, 'disputed'), orphanedAt: AT },
      claim('', 0, 10, 'disputed'),
    ];
    expect(articleAgreement(claims)).toMatchObject({ reviewers: ['Ana'], single: 1 });
  });

  it('names the claims of each disagreement, per article', () => {
    const claims = preparedArticle();
    const found = disagreements(claims);
    expect(found.map((d) => d.claimIds)).toEqual([
      [claims[8]!.id, claims[9]!.id],
      [claims[10]!.id, claims[11]!.id],
    ]);
    const elsewhere = claim('Cy', 800, 840, 'unverified', 'a2');
    const ids = disagreeingClaimIds([...claims, elsewhere]);
    expect([...ids].sort()).toEqual(found.flatMap((d) => d.claimIds).sort());
  });

  it('gives the library figure per reviewer pair, across articles', () => {
    const first = preparedArticle();
    const second = [
      claim('Ana', 0, 10, 'confirmed', 'a2'),
      claim('Bo', 0, 10, 'confirmed', 'a2'),
      claim('Cy', 2, 10, 'disputed', 'a2'),
    ];
    const figures = pairAgreement([first, second]);
    expect(figures.map((f) => [f.reviewers, f.shared, f.agreeing])).toEqual([
      [['Ana', 'Bo'], 11, 9],
      [['Ana', 'Cy'], 1, 0],
      [['Bo', 'Cy'], 1, 0],
    ]);
    // 11 units: 5 + 1 both confirmed, 4 both disputed, 1 + 1 split. po = 9/11;
    // pe = (6/11)(6/11) + (5/11)(5/11) = 61/121; κ = (99/121 − 61/121) / (60/121) = 38/60.
    expect(figures[0]!.kappa).toBeCloseTo(38 / 60, 10);
    // Ana and Cy: one unit, (confirmed, disputed): po = 0, pe = 1·0 + 0·1 = 0, κ = 0.
    expect(figures[1]!.kappa).toBe(0);
    expect(
      pairAgreement([[claim('Ana', 0, 9, 'confirmed'), claim('Bo', 0, 9, 'confirmed')]]),
    ).toMatchObject([{ shared: 1, agreeing: 1, kappa: null }]);
  });

  it('sums the same figures from pairs kept per article, in any article order', () => {
    const first = preparedArticle();
    const second = [
      claim('Cy', 2, 10, 'disputed', 'a2'),
      claim('Ana', 0, 10, 'confirmed', 'a2'),
      claim('Bo', 0, 10, 'confirmed', 'a2'),
    ];
    const kept = [articlePairVerdicts(first), articlePairVerdicts(second)];
    // Reviewers of a pair come in name order whatever the claims' order.
    expect(kept[1]).toEqual([
      ['Ana', 'Bo', 'confirmed', 'confirmed'],
      ['Ana', 'Cy', 'confirmed', 'disputed'],
      ['Bo', 'Cy', 'confirmed', 'disputed'],
    ]);
    expect(agreementOfPairs(kept)).toEqual(pairAgreement([first, second]));
    expect(agreementOfPairs([...kept].reverse())).toEqual(pairAgreement([first, second]));
    expect(agreementOfPairs([])).toEqual([]);
  });
});

describe('adjudicate', () => {
  it('gives the kept claim the verdict, logs every reviewer’s verdict and joins discussions', () => {
    const ana = claim('Ana', 0, 40, 'confirmed');
    const bo = {
      ...claim('Bo', 10, 50, 'disputed'),
      comments: [{ id: 'k1', by: 'Bo', at: AT, text: 'Chiffre faux', editedAt: '' }],
    };
    const at = '2026-12-02T09:00:00.000Z';
    const kept = adjudicate(ana, [bo], 'disputed', { by: 'Eve', at, rev: 'r-adj' });
    expect(kept).toMatchObject({ id: ana.id, verdict: 'disputed', rev: 'r-adj', updatedBy: 'Eve' });
    expect(kept.log.at(-1)).toEqual({
      kind: 'merge',
      at,
      by: 'Eve',
      fields: [{ field: 'verdict', before: 'confirmed', after: 'disputed' }],
      rev: 'r-adj',
      from: ana.rev,
      reason: 'adjudication of Ana: confirmed; Bo: disputed',
    });
    expect(kept.comments.map((c) => c.id)).toEqual(['k1']);
    // Keeping the kept claim's own verdict is still recorded: the decision is part of the record.
    const same = adjudicate(ana, [bo], 'confirmed', { by: 'Eve', at, rev: 'r2' });
    expect(same.log.at(-1)).toMatchObject({ kind: 'merge', fields: [] });
  });
});
