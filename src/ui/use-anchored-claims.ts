import { useMemo } from 'react';
import { locateAnchors } from '../domain/anchor';
import type { Claim } from '../domain/types';
import type { AnchoredClaim } from './anchored-claim';

/** Anchors an article's claims in its text (tiered, DESIGN.md), sorted by position. */
export function useAnchoredClaims(text: string, claims: Claim[] | undefined): AnchoredClaim[] {
  return useMemo(() => {
    if (!claims) return [];
    // A claim whose words were deleted in an edit stays orphaned until re-attached by hand.
    const attached = claims.filter((c) => !c.orphanedAt);
    const matches = locateAnchors(
      text,
      attached.map((c) => c.anchor),
    );
    const found = new Map(attached.map((claim, i) => [claim.id, matches[i]!]));
    return claims
      .map((claim) => ({
        claim,
        match: found.get(claim.id) ?? {
          start: claim.anchor.start,
          end: claim.anchor.end,
          status: 'orphaned' as const,
        },
      }))
      .sort(
        (a, b) =>
          a.match.start - b.match.start ||
          b.match.end - a.match.end ||
          a.claim.createdAt.localeCompare(b.claim.createdAt),
      );
  }, [text, claims]);
}
