import { useEffect, useMemo, useState } from 'react';
import { ANCHOR_SLICE_MS, AnchorLocator } from '../../domain/anchoring/anchor-locator';
import type { Claim } from '../../domain/types';
import type { AnchoredClaim } from './anchored-claim';

/** The claims of an article found in its text, and how many are still being looked for. */
export interface AnchoredClaims {
  /** Claims located (orphans included), sorted by position. */
  anchored: AnchoredClaim[];
  /** Claims not located yet: their quotes need a fuzzy search, done a slice at a time. */
  locating: number;
  /** The text they were located in (for a moment after a new text, still the one before). */
  text: string;
}

const now = () => performance.now();

/** How long a new text waits for its claims before they are located in it anyway. */
const CLAIMS_GRACE_MS = 1000;

/**
 * The text to locate the claims in: the article's text, except that a new text alone waits a
 * moment for the claims saved with it. A text and its claims' new anchors are written in one
 * transaction, but reach the page by two paths (the article's live query, the claims feed);
 * the old anchors need not be searched for in the new text meanwhile.
 */
function useSettledText(text: string, claims: readonly Claim[] | undefined): string {
  const [settled, setSettled] = useState({ text, claims });
  let current = settled;
  if (claims !== settled.claims) {
    current = { text, claims };
    setSettled(current);
  }
  useEffect(() => {
    if (current.text === text) return;
    const timer = setTimeout(() => setSettled({ text, claims }), CLAIMS_GRACE_MS);
    return () => clearTimeout(timer);
  }, [current.text, text, claims]);
  return current.text;
}

/**
 * Anchors an article's claims in its text (the tiers of docs/DESIGN.md), sorted by position. Each anchor
 * is located once per text (claims whose anchor did not change reuse the result); when many
 * need a fuzzy search, they are located over several tasks and counted in `locating` meanwhile
 * (never painted at a guess).
 */
export function useAnchoredClaims(
  articleText: string,
  claims: readonly Claim[] | undefined,
): AnchoredClaims {
  const text = useSettledText(articleText, claims);
  const locator = useMemo(() => new AnchorLocator(text), [text]);
  const [slice, setSlice] = useState(0);

  const result = useMemo(() => {
    // `slice` only asks for another pass over the anchors still to locate.
    void slice;
    if (!claims) return { anchored: [], locating: 0, text };
    // A claim whose words were deleted in an edit stays orphaned until re-attached by hand.
    const attached = claims.filter((c) => !c.orphanedAt).map((c) => c.anchor);
    locator.locate(attached, ANCHOR_SLICE_MS, now);
    let locating = 0;
    const anchored: AnchoredClaim[] = [];
    for (const claim of claims) {
      if (claim.orphanedAt) {
        const { start, end } = claim.anchor;
        anchored.push({ claim, match: { start, end, status: 'orphaned' } });
        continue;
      }
      const match = locator.known(claim.anchor);
      if (match) anchored.push({ claim, match });
      else locating++;
    }
    anchored.sort(
      (a, b) =>
        a.match.start - b.match.start ||
        b.match.end - a.match.end ||
        (a.claim.createdAt < b.claim.createdAt
          ? -1
          : a.claim.createdAt > b.claim.createdAt
            ? 1
            : 0),
    );
    return { anchored, locating, text };
  }, [claims, locator, slice, text]);

  useEffect(() => {
    if (result.locating === 0) return;
    // Hand the page back (input, paint) before the next slice.
    const timer = setTimeout(() => setSlice((s) => s + 1), 0);
    return () => clearTimeout(timer);
  }, [result]);

  return result;
}
