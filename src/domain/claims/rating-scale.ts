import { problem, type Problem } from '../problem';
import type { Verdict } from '../types';
import type { KeyChoice } from './verdict-keys';
import { VERDICT_SCALE, type Rating, type RatingScale } from './ratings';

/*
 * Editing the organisation's rating scale (Settings → Ratings) and marking claims with it. A
 * verdict chosen directly leaves the claim without a rating (docs/DECISIONS.md, "Rating scale").
 */

/** The most ratings a scale holds: one number key (1–9) each. */
export const MAX_RATINGS = 9;

/** What a toolbar button or key gives a claim: its verdict and its rating ('' for none). */
export interface Mark {
  verdict: Verdict;
  rating: string;
}

/** The ratings a removed rating's claims may take instead: a rating's id, or '' (verdict alone). */
export type Replacements = Record<string, string>;

/** Whether a scale is the default one (the three verdicts alone): no ratings are offered then. */
export function isDefaultScale(scale: RatingScale): boolean {
  return scale.id === VERDICT_SCALE.id;
}

/** The mark of a verdict chosen directly: the verdict alone, whatever the scale. */
export const verdictMark = (verdict: Verdict): Mark => ({ verdict, rating: '' });

/** The mark of a rating: the rating and the verdict it counts as, written together. */
export const ratingMark = (rating: Rating): Mark => ({
  verdict: rating.verdict,
  rating: rating.id,
});

/** The mark a key gives on a scale: c/d/u a verdict, 1–9 the nth rating (none on the default). */
export function markForKey(choice: KeyChoice, scale: RatingScale): Mark | null {
  if ('verdict' in choice) return verdictMark(choice.verdict);
  if (isDefaultScale(scale)) return null;
  const rating = scale.ratings[choice.ratingIndex];
  return rating ? ratingMark(rating) : null;
}

const COLOUR = /^#[0-9a-f]{6}$/i;

/** Why a scale cannot be saved, each problem naming the rating's position (from 1). */
export function ratingScaleProblems(scale: RatingScale): Problem[] {
  const found: Problem[] = [];
  if (scale.ratings.length === 0) found.push(problem('rating-scale-empty'));
  if (scale.ratings.length > MAX_RATINGS) {
    found.push(problem('rating-scale-too-long', { max: String(MAX_RATINGS) }));
  }
  scale.ratings.forEach((rating, index) => {
    const position = String(index + 1);
    if (!rating.names.en.trim() || !rating.names.fr.trim()) {
      found.push(problem('rating-name-missing', { position }));
    }
    if (!COLOUR.test(rating.colour)) found.push(problem('rating-colour', { position }));
    const symbol = [...rating.symbol.trim()];
    if (symbol.length < 1 || symbol.length > 3) {
      found.push(problem('rating-symbol', { position }));
    }
    if (!Number.isInteger(rating.ratingValue) || rating.ratingValue < 1) {
      found.push(problem('rating-value', { position }));
    }
  });
  return found;
}

/** A scale with its names and symbols trimmed, as it is stored. */
export function cleanRatingScale(scale: RatingScale): RatingScale {
  return {
    id: scale.id,
    ratings: scale.ratings.map((rating) => ({
      ...rating,
      names: { en: rating.names.en.trim(), fr: rating.names.fr.trim() },
      symbol: rating.symbol.trim(),
      colour: rating.colour.toLowerCase(),
    })),
  };
}

/** A new rating's id, unused on the scale (`rating-2`, `rating-3`…). */
export function newRatingId(scale: RatingScale): string {
  const used = new Set(scale.ratings.map((r) => r.id));
  let n = scale.ratings.length + 1;
  while (used.has(`rating-${n}`)) n += 1;
  return `rating-${n}`;
}

/** The ratings of `before` that `after` no longer has and that claims use, with their counts. */
export function removedInUse(
  before: RatingScale,
  after: RatingScale,
  use: ReadonlyMap<string, number>,
): { rating: Rating; count: number }[] {
  const kept = new Set(after.ratings.map((r) => r.id));
  return before.ratings
    .filter((r) => !kept.has(r.id) && (use.get(r.id) ?? 0) > 0)
    .map((rating) => ({ rating, count: use.get(rating.id)! }));
}

/** The replacement offered first for a removed rating: the first of the same verdict, else ''. */
export function defaultReplacement(removed: Rating, after: RatingScale): string {
  return after.ratings.find((r) => r.verdict === removed.verdict)?.id ?? '';
}

/**
 * The mark a claim takes when its rating is removed: the replacement rating, or (replacement '')
 * its own verdict alone. Undefined when the replacement is not on the new scale.
 */
export function replacementMark(
  claim: Mark,
  replacement: string,
  after: RatingScale,
): Mark | undefined {
  if (replacement === '') return verdictMark(claim.verdict);
  const rating = after.ratings.find((r) => r.id === replacement);
  return rating ? ratingMark(rating) : undefined;
}
