import { useMemo } from 'react';
import { locateAnchors } from '../domain/anchor';
import type { Claim } from '../domain/types';
import type { AnchoredClaim } from './anchored-claim';

/** Anchors an article's claims in its text (tiered, DESIGN.md), sorted by position. */
export function useAnchoredClaims(text: string, claims: Claim[] | undefined): AnchoredClaim[] {
  return useMemo(() => {
    if (!claims) return [];
    const matches = locateAnchors(
      text,
      claims.map((c) => c.anchor),
    );
    return claims
      .map((claim, i) => ({ claim, match: matches[i]! }))
      .sort(
        (a, b) =>
          a.match.start - b.match.start ||
          b.match.end - a.match.end ||
          a.claim.createdAt.localeCompare(b.claim.createdAt),
      );
  }, [text, claims]);
}
