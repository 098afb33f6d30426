import { useMemo } from 'react';
import { articleAgreement, disagreements } from '../../domain/claims/claim-agreement';
import type { Claim } from '../../domain/types';

const NONE: ReadonlySet<string> = new Set();

/**
 * The agreement between the reviewers of one article's claims: the summary, the claims in a
 * disagreement, and the judgements of the same words a claim is part of (for adjudication).
 */
export function useArticleAgreement(claims: Claim[]) {
  return useMemo(() => {
    // An article one reviewer judged has no agreement to measure: the common case stays free.
    const names = claims.map((claim) => claim.createdBy.trim()).filter((name) => name !== '');
    if (!names.some((name) => name !== names[0])) {
      return { summary: null, disagreeing: NONE, unitOf: () => [] as Claim[] };
    }
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    const unitOf = new Map<string, Claim[]>();
    for (const { claimIds } of disagreements(claims)) {
      const unit = claimIds.map((id) => byId.get(id)!);
      for (const id of claimIds) unitOf.set(id, unit);
    }
    return {
      summary: articleAgreement(claims),
      disagreeing: new Set(unitOf.keys()) as ReadonlySet<string>,
      /** The claims a claim disagrees with, itself included (empty when it agrees). */
      unitOf: (id: string): Claim[] => unitOf.get(id) ?? [],
    };
  }, [claims]);
}
