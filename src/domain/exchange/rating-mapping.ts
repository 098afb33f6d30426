import { type Rating, type RatingScale } from '../claims/ratings';
import type { Claim, Verdict } from '../types';

/*
 * A bundle's claims may carry ratings this library's scale lacks (another desk's scale). Before
 * they merge, each such rating is mapped to one of ours, or to the verdict alone ('').
 */

/** A rating carried by a file's claims that is not on this library's scale. */
export interface UnknownRating {
  /** The rating's id in the file. */
  id: string;
  /** Its definition in the file's scale (undefined when the file has none or lacks it). */
  rating: Rating | undefined;
  /** The verdict it counts as: its own in the file's scale, else the first claim's. */
  verdict: Verdict;
  /** How many of the file's claims carry it. */
  count: number;
  /** Of those claims, how many have each verdict. */
  verdicts: Partial<Record<Verdict, number>>;
  /** The id of ours it maps to unless chosen otherwise ('' for the verdict alone). */
  proposed: string;
}

/** Where each unknown rating goes: one of our rating ids, or '' for the verdict alone. */
export type RatingMapping = Record<string, string>;

/** The ratings carried by `claims` that `ours` lacks, in the file's scale order, then by id. */
export function unknownRatings(
  claims: readonly Pick<Claim, 'rating' | 'verdict'>[],
  theirs: RatingScale | undefined,
  ours: RatingScale,
): UnknownRating[] {
  const known = new Set(ours.ratings.map((r) => r.id));
  const found = new Map<string, UnknownRating>();
  for (const claim of claims) {
    if (claim.rating === '' || known.has(claim.rating)) continue;
    let entry = found.get(claim.rating);
    if (!entry) {
      const rating = theirs?.ratings.find((r) => r.id === claim.rating);
      const verdict = rating?.verdict ?? claim.verdict;
      const proposed = ours.ratings.find((r) => r.verdict === verdict)?.id ?? '';
      entry = { id: claim.rating, rating, verdict, count: 0, verdicts: {}, proposed };
      found.set(claim.rating, entry);
    }
    entry.count += 1;
    entry.verdicts[claim.verdict] = (entry.verdicts[claim.verdict] ?? 0) + 1;
  }
  const order = (id: string) => {
    const index = theirs?.ratings.findIndex((r) => r.id === id) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...found.values()].sort((a, b) => order(a.id) - order(b.id) || a.id.localeCompare(b.id));
}

/** The mapping each unknown rating proposes. */
export function proposedMapping(unknown: readonly UnknownRating[]): RatingMapping {
  return Object.fromEntries(unknown.map((u) => [u.id, u.proposed]));
}

/**
 * How many claims of an unknown rating change verdict when it maps to `target` (one of our ids;
 * '' keeps each claim's verdict).
 */
export function verdictChanges(unknown: UnknownRating, target: string, ours: RatingScale): number {
  const rating = ours.ratings.find((r) => r.id === target);
  if (!rating) return 0;
  return unknown.count - (unknown.verdicts[rating.verdict] ?? 0);
}

/**
 * The claims with each mapped rating replaced: one of our ratings brings its verdict too; ''
 * (or a target not on our scale) leaves the verdict alone. Claims whose rating is not in the
 * mapping are returned as they are.
 */
export function mapRatings<C extends Pick<Claim, 'rating' | 'verdict'>>(
  claims: readonly C[],
  mapping: RatingMapping,
  ours: RatingScale,
): C[] {
  return claims.map((claim) => {
    if (claim.rating === '' || !Object.hasOwn(mapping, claim.rating)) return claim;
    const target = ours.ratings.find((r) => r.id === mapping[claim.rating]);
    return target
      ? { ...claim, rating: target.id, verdict: target.verdict }
      : { ...claim, rating: '' };
  });
}
