import type { Verdict } from '../types';

/**
 * Agreement between reviewers who judged the same words independently. Two claims by different
 * reviewers are judgements of the same words when their ranges overlap by at least half of the
 * shorter one (in code points). Chance-corrected agreement is Cohen's kappa for two reviewers
 * and Krippendorff's alpha (nominal) for more.
 */

/** What agreement needs of a claim: its words' range, its verdict and who made it. */
export interface Judgement {
  id: string;
  start: number;
  end: number;
  verdict: Verdict;
  reviewer: string;
}

/** Whether two ranges overlap by at least half of the shorter one. */
export function sameWords(a: Judgement, b: Judgement): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && overlap * 2 >= shorter;
}

/** Judgements of the same words by different reviewers: one unit of agreement. */
export interface JudgedUnit {
  /** One judgement per reviewer (their first on these words, by position). */
  judgements: Judgement[];
}

/**
 * Groups judgements into units of the same words: judgements linked by `sameWords` (through
 * any chain) form one unit, and within a unit each reviewer counts once (their first claim).
 */
export function judgedUnits(judgements: readonly Judgement[]): JudgedUnit[] {
  const sorted = [...judgements].sort((a, b) => a.start - b.start || a.end - b.end);
  const parent = sorted.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < sorted[i]!.end; j++) {
      if (sorted[i]!.reviewer !== sorted[j]!.reviewer && sameWords(sorted[i]!, sorted[j]!)) {
        parent[root(j)] = root(i);
      }
    }
  }
  const groups = new Map<number, Judgement[]>();
  sorted.forEach((judgement, i) => {
    const group = groups.get(root(i)) ?? [];
    if (!group.some((other) => other.reviewer === judgement.reviewer)) group.push(judgement);
    groups.set(root(i), group);
  });
  return [...groups.values()].map((group) => ({ judgements: group }));
}

/** An article's agreement: pairs that agree or not, words only one reviewer judged, and a figure. */
export interface AgreementSummary {
  reviewers: string[];
  /** Pairs of judgements of the same words with the same verdict. */
  agreeing: number;
  /** Pairs of judgements of the same words with different verdicts. */
  disagreeing: number;
  /** Claims whose words no other reviewer judged. */
  single: number;
  /** Cohen's kappa (two reviewers) or Krippendorff's alpha (more); null when undefined. */
  coefficient: { kind: 'kappa' | 'alpha'; value: number } | null;
}

/** The agreement summary of one article's judgements. */
export function summarizeAgreement(judgements: readonly Judgement[]): AgreementSummary {
  const units = judgedUnits(judgements);
  const reviewers = [...new Set(judgements.map((j) => j.reviewer))].sort();
  let agreeing = 0;
  let disagreeing = 0;
  let single = 0;
  for (const { judgements: group } of units) {
    if (group.length < 2) {
      single++;
      continue;
    }
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (group[i]!.verdict === group[j]!.verdict) agreeing++;
        else disagreeing++;
      }
    }
  }
  const coded = units.filter((unit) => unit.judgements.length >= 2);
  let coefficient: AgreementSummary['coefficient'] = null;
  if (reviewers.length === 2) {
    const [first, second] = reviewers as [string, string];
    const pairs = coded.map((unit) => {
      const by = (name: string) => unit.judgements.find((j) => j.reviewer === name)!.verdict;
      return [by(first), by(second)] as [Verdict, Verdict];
    });
    const value = cohensKappa(pairs);
    coefficient = value === null ? null : { kind: 'kappa', value };
  } else if (reviewers.length > 2) {
    const value = krippendorffAlpha(coded.map((unit) => unit.judgements.map((j) => j.verdict)));
    coefficient = value === null ? null : { kind: 'alpha', value };
  }
  return { reviewers, agreeing, disagreeing, single, coefficient };
}

/**
 * Cohen's kappa of two raters over the same items: (po − pe) / (1 − pe), where po is the share
 * of items they agree on and pe the agreement expected by chance from each rater's own
 * category frequencies. Null with no items, or when chance agreement is total (pe = 1).
 */
export function cohensKappa<T>(pairs: readonly (readonly [T, T])[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const first = new Map<T, number>();
  const second = new Map<T, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  let chance = 0;
  for (const [category, count] of first) chance += (count / n) * ((second.get(category) ?? 0) / n);
  if (chance === 1) return null;
  return (agree / n - chance) / (1 - chance);
}

/**
 * Krippendorff's alpha for nominal data: 1 − Do / De from the coincidence matrix of the values
 * given to each unit (units with fewer than two values are not pairable and are left out; any
 * number of raters per unit). Null when no unit is pairable or all values are the same.
 */
export function krippendorffAlpha<T>(units: readonly (readonly T[])[]): number | null {
  const coincidences = new Map<T, Map<T, number>>();
  const add = (c: T, k: T, weight: number) => {
    const row = coincidences.get(c) ?? new Map<T, number>();
    row.set(k, (row.get(k) ?? 0) + weight);
    coincidences.set(c, row);
  };
  for (const values of units) {
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
    }
  }
  const totals = new Map<T, number>();
  let n = 0;
  for (const [c, row] of coincidences) {
    const total = [...row.values()].reduce((sum, v) => sum + v, 0);
    totals.set(c, total);
    n += total;
  }
  if (n <= 1) return null;
  let observed = 0;
  for (const [c, row] of coincidences) {
    for (const [k, count] of row) if (c !== k) observed += count;
  }
  let expected = 0;
  for (const [c, nc] of totals) {
    for (const [k, nk] of totals) if (c !== k) expected += nc * nk;
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
