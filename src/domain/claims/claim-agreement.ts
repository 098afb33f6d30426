import type { Claim, Verdict } from '../types';
import { cohensKappa, judgedUnits, summarizeAgreement, type AgreementSummary } from './agreement';
import type { Judgement } from './agreement';

/**
 * Agreement over stored claims: each claim is its maker's judgement of its words (a claim whose
 * words are gone, or whose maker is unknown, judges nothing), grouped into units of the same
 * words by `judgedUnits` (src/domain/claims/agreement.ts).
 */

/** The judgements a list of claims holds: attached claims whose maker is named. */
export function claimJudgements(claims: readonly Claim[]): Judgement[] {
  return claims
    .filter((claim) => claim.orphanedAt === '' && claim.createdBy.trim() !== '')
    .map((claim) => ({
      id: claim.id,
      start: claim.anchor.start,
      end: claim.anchor.end,
      verdict: claim.verdict,
      reviewer: claim.createdBy.trim(),
    }));
}

/** One article's agreement summary (its claims only). */
export function articleAgreement(claims: readonly Claim[]): AgreementSummary {
  return summarizeAgreement(claimJudgements(claims));
}

/** Judgements of the same words by different reviewers who chose different verdicts. */
export interface Disagreement {
  /** The claims of the unit, one per reviewer, in reading order. */
  claimIds: string[];
}

/** The disagreements of one article's claims, in reading order. */
export function disagreements(claims: readonly Claim[]): Disagreement[] {
  return judgedUnits(claimJudgements(claims))
    .filter(({ judgements }) => new Set(judgements.map((j) => j.verdict)).size > 1)
    .map(({ judgements }) => ({ claimIds: judgements.map((j) => j.id) }));
}

/** The claims that take part in a disagreement, of claims from any number of articles. */
export function disagreeingClaimIds(claims: readonly Claim[]): Set<string> {
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = byArticle.get(claim.articleId);
    if (list) list.push(claim);
    else byArticle.set(claim.articleId, [claim]);
  }
  const ids = new Set<string>();
  for (const list of byArticle.values()) {
    for (const { claimIds } of disagreements(list)) for (const id of claimIds) ids.add(id);
  }
  return ids;
}

/** How two reviewers agree over every article both judged: their shared units and kappa. */
export interface ReviewerPairAgreement {
  reviewers: [string, string];
  /** Units of the same words both judged. */
  shared: number;
  agreeing: number;
  /** Cohen's kappa over the shared units; null when undefined (no variety, no unit). */
  kappa: number | null;
}

/**
 * One judgement pair of an article: two reviewers (in name order) who judged the same words,
 * and their verdicts, in that order.
 */
export type PairVerdicts = [string, string, Verdict, Verdict];

/**
 * The judgement pairs of one article's claims: for each unit of the same words (`judgedUnits`),
 * every pair of its reviewers. What one article adds to the library's figures, so that it can be
 * kept per article and the figures summed again without reading the claims.
 */
export function articlePairVerdicts(claims: readonly Claim[]): PairVerdicts[] {
  const pairs: PairVerdicts[] = [];
  for (const { judgements } of judgedUnits(claimJudgements(claims))) {
    const sorted = [...judgements].sort((a, b) => (a.reviewer < b.reviewer ? -1 : 1));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const [a, b] = [sorted[i]!, sorted[j]!];
        pairs.push([a.reviewer, b.reviewer, a.verdict, b.verdict]);
      }
    }
  }
  return pairs;
}

/**
 * The library's figures per reviewer pair from each article's judgement pairs
 * (`articlePairVerdicts`): the units both judged and Cohen's kappa over them. Pairs in name
 * order, then by how much they share.
 */
export function agreementOfPairs(
  articles: Iterable<readonly PairVerdicts[]>,
): ReviewerPairAgreement[] {
  const pairs = new Map<string, { reviewers: [string, string]; verdicts: [Verdict, Verdict][] }>();
  for (const list of articles) {
    for (const [a, b, first, second] of list) {
      const key = JSON.stringify([a, b]);
      const pair = pairs.get(key) ?? { reviewers: [a, b], verdicts: [] };
      pair.verdicts.push([first, second]);
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()]
    .map(({ reviewers, verdicts }) => ({
      reviewers,
      shared: verdicts.length,
      agreeing: verdicts.filter(([a, b]) => a === b).length,
      kappa: cohensKappa(verdicts),
    }))
    .sort(
      (x, y) =>
        x.reviewers[0].localeCompare(y.reviewers[0]) ||
        x.reviewers[1].localeCompare(y.reviewers[1]) ||
        y.shared - x.shared,
    );
}

/**
 * A library's agreement per pair of reviewers: for each pair, the units both judged across
 * all articles and Cohen's kappa over them. Units are formed per article (`judgedUnits`).
 */
export function pairAgreement(articles: Iterable<readonly Claim[]>): ReviewerPairAgreement[] {
  return agreementOfPairs([...articles].map(articlePairVerdicts));
}
