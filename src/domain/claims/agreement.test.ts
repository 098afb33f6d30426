import { describe, expect, it } from 'vitest';
import type { Verdict } from '../types';
import {
  cohensKappa,
  judgedUnits,
  krippendorffAlpha,
  sameWords,
  summarizeAgreement,
  type Judgement,
} from './agreement';

/** `yy` pairs of (yes, yes), `yn` of (yes, no) and so on: a 2×2 agreement table. */
function table(yy: number, yn: number, ny: number, nn: number): [string, string][] {
  const repeat = (n: number, pair: [string, string]) => Array.from({ length: n }, () => pair);
  return [
    ...repeat(yy, ['yes', 'yes']),
    ...repeat(yn, ['yes', 'no']),
    ...repeat(ny, ['no', 'yes']),
    ...repeat(nn, ['no', 'no']),
  ];
}

describe('cohensKappa', () => {
  // Worked examples of the Wikipedia article "Cohen's kappa": 50 grant proposals read by two
  // readers (κ = 0.4), and two tables with the same 60 % agreement but different kappas.
  it.each([
    [table(20, 5, 10, 15), 0.4],
    [table(45, 15, 25, 15), 0.1304],
    [table(25, 35, 5, 35), 0.2593],
  ])('matches the published example (%#)', (pairs, kappa) => {
    expect(cohensKappa(pairs)).toBeCloseTo(kappa, 4);
  });

  it('is 1 for full agreement and undefined without items or variety', () => {
    expect(cohensKappa(table(3, 0, 0, 4))).toBe(1);
    expect(cohensKappa([])).toBeNull();
    expect(cohensKappa(table(5, 0, 0, 0))).toBeNull();
  });
});

describe('krippendorffAlpha', () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: four
  // observers, twelve units, missing values; nominal alpha = 0.743.
  const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
  const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
  const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
  const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
  const units = A.map((_, u) =>
    [A[u], B[u], C[u], D[u]].filter((value): value is number => value !== null),
  );

  it('matches the published nominal example', () => {
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3);
  });

  it('is 1 when every unit agrees, and undefined without pairs', () => {
    expect(
      krippendorffAlpha([
        ['a', 'a'],
        ['b', 'b', 'b'],
      ]),
    ).toBe(1);
    expect(krippendorffAlpha([['a']])).toBeNull();
  });
});

const judged = (
  id: string,
  reviewer: string,
  start: number,
  end: number,
  verdict: Verdict,
): Judgement => ({ id, reviewer, start, end, verdict });

describe('judgements of the same words', () => {
  it('overlap by at least half of the shorter range', () => {
    expect(
      sameWords(judged('a', 'Ana', 0, 10, 'disputed'), judged('b', 'Bo', 5, 30, 'disputed')),
    ).toBe(true);
    expect(
      sameWords(judged('a', 'Ana', 0, 10, 'disputed'), judged('b', 'Bo', 6, 30, 'disputed')),
    ).toBe(false);
    expect(
      sameWords(judged('a', 'Ana', 0, 40, 'disputed'), judged('b', 'Bo', 10, 14, 'disputed')),
    ).toBe(true);
  });

  it('form units with one judgement per reviewer', () => {
    const units = judgedUnits([
      judged('a1', 'Ana', 0, 20, 'disputed'),
      judged('b1', 'Bo', 2, 20, 'confirmed'),
      judged('a2', 'Ana', 5, 18, 'disputed'),
      judged('a3', 'Ana', 100, 120, 'confirmed'),
    ]);
    expect(units.map((u) => u.judgements.map((j) => j.id))).toEqual([['a1', 'b1'], ['a3']]);
  });
});

describe('summarizeAgreement', () => {
  it('counts agreeing and disagreeing pairs, single claims, and kappa for two reviewers', () => {
    const summary = summarizeAgreement([
      judged('a1', 'Ana', 0, 20, 'disputed'),
      judged('b1', 'Bo', 0, 20, 'disputed'),
      judged('a2', 'Ana', 30, 50, 'confirmed'),
      judged('b2', 'Bo', 31, 50, 'confirmed'),
      judged('a3', 'Ana', 60, 80, 'confirmed'),
      judged('b3', 'Bo', 60, 79, 'disputed'),
      judged('a4', 'Ana', 90, 99, 'unverified'),
    ]);
    expect(summary).toMatchObject({
      reviewers: ['Ana', 'Bo'],
      agreeing: 2,
      disagreeing: 1,
      single: 1,
    });
    // By hand: po = 2/3; Ana disputed 1/3, confirmed 2/3; Bo disputed 2/3, confirmed 1/3;
    // pe = 1/3·2/3 + 2/3·1/3 = 4/9; κ = (2/3 − 4/9) / (5/9) = 0.4.
    expect(summary.coefficient?.kind).toBe('kappa');
    expect(summary.coefficient?.value).toBeCloseTo(0.4, 10);
  });

  it('uses alpha for three reviewers', () => {
    const summary = summarizeAgreement([
      judged('a', 'Ana', 0, 10, 'disputed'),
      judged('b', 'Bo', 0, 10, 'disputed'),
      judged('c', 'Cy', 0, 10, 'confirmed'),
      judged('d', 'Ana', 20, 30, 'confirmed'),
      judged('e', 'Bo', 20, 30, 'confirmed'),
    ]);
    expect(summary.coefficient?.kind).toBe('alpha');
    expect(summary).toMatchObject({ agreeing: 2, disagreeing: 2, single: 0 });
  });
});
