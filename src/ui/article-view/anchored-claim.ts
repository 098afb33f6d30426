import type { AnchorMatch } from '../../domain/anchoring/anchor';
import type { Claim } from '../../domain/types';

/** A stored claim together with where it was found in the article's current text. */
export interface AnchoredClaim {
  claim: Claim;
  match: AnchorMatch;
}
