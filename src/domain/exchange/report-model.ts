import { locateAnchors } from '../anchoring/anchor';
import { isDefaultScale } from '../claims/rating-scale';
import { claimRating, effectiveRating, type Rating, type RatingScale } from '../claims/ratings';
import type { Article, Claim, Verdict } from '../types';

/*
 * The fact-check report of one article (docs/DESIGN.md, "Report"): what an editor reads, prints
 * or publishes. The model is built here once; the page, the HTML file and the Markdown file all
 * render this one model, so they never disagree.
 */

/** A claim as the report lists it: its number in the text (null when its words are not found). */
export interface ReportClaim {
  number: number | null;
  claim: Claim;
  /** Its rating on the scale; undefined when it has its verdict alone. */
  rating: Rating | undefined;
}

/** One line of the summary: a rating (or a verdict alone) and how many claims have it. */
export interface ReportCount {
  rating: Rating | undefined;
  verdict: Verdict;
  count: number;
}

/** A run of a paragraph's text, and the numbers of the claims that cover it and start there. */
export interface ReportRun {
  text: string;
  covering: number[];
  starting: number[];
}

/** The report of one article. */
export interface Report {
  article: Article;
  /** The claims found in the text in reading order, numbered from 1, then those not found. */
  claims: ReportClaim[];
  counts: ReportCount[];
  /** Everyone who made, changed or approved a claim, in alphabetical order. */
  reviewers: string[];
  /** The approved claims' approval times, oldest first. */
  approvals: string[];
  /** The article's text: paragraphs of runs. */
  paragraphs: ReportRun[][];
}

/** The rating a claim is shown with: on the default scale, its verdict's; else its own. */
function shownRating(claim: Claim, scale: RatingScale): Rating | undefined {
  return isDefaultScale(scale) ? effectiveRating(claim, scale) : claimRating(claim, scale);
}

function counts(claims: ReportClaim[], scale: RatingScale): ReportCount[] {
  const rows: ReportCount[] = scale.ratings.map((rating) => ({
    rating,
    verdict: rating.verdict,
    count: claims.filter((c) => c.rating?.id === rating.id).length,
  }));
  for (const verdict of ['confirmed', 'disputed', 'unverified'] as const) {
    const count = claims.filter((c) => !c.rating && c.claim.verdict === verdict).length;
    if (count > 0) rows.push({ rating: undefined, verdict, count });
  }
  return rows;
}

/** Splits the text into paragraphs (blank lines) of runs cut wherever a claim starts or ends. */
function paragraphs(text: string, placed: { number: number; start: number; end: number }[]) {
  const points = Array.from(text);
  const result: ReportRun[][] = [];
  let offset = 0;
  for (const block of text.split('\n\n')) {
    const length = Array.from(block).length;
    const [from, to] = [offset, offset + length];
    const cuts = new Set([from, to]);
    for (const p of placed) {
      if (p.start > from && p.start < to) cuts.add(p.start);
      if (p.end > from && p.end < to) cuts.add(p.end);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const runs: ReportRun[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [start, end] = [sorted[i]!, sorted[i + 1]!];
      runs.push({
        text: points.slice(start, end).join(''),
        covering: placed.filter((p) => p.start < end && p.end > start).map((p) => p.number),
        starting: placed.filter((p) => p.start === start).map((p) => p.number),
      });
    }
    result.push(runs);
    offset = to + 2;
  }
  return result;
}

/** The report of an article with its claims, on the organisation's scale. */
export function buildReport(
  article: Article,
  claims: readonly Claim[],
  scale: RatingScale,
): Report {
  const matches = locateAnchors(
    article.text,
    claims.map((c) => c.anchor),
  );
  const located = claims.map((claim, i) => ({ claim, match: matches[i]! }));
  const found = located
    .filter(({ match }) => match.status !== 'orphaned')
    .sort((a, b) => a.match.start - b.match.start || a.match.end - b.match.end);
  const lost = located.filter(({ match }) => match.status === 'orphaned');
  const listed: ReportClaim[] = [
    ...found.map(({ claim }, i) => ({ number: i + 1, claim, rating: shownRating(claim, scale) })),
    ...lost.map(({ claim }) => ({ number: null, claim, rating: shownRating(claim, scale) })),
  ];
  const placed = found.map(({ match }, i) => ({
    number: i + 1,
    start: match.start,
    end: match.end,
  }));
  const people = claims.flatMap((c) => [c.createdBy, c.updatedBy, c.approvedBy]);
  return {
    article,
    claims: listed,
    counts: counts(listed, scale),
    reviewers: [...new Set(people.filter((name) => name.trim() !== ''))].sort((a, b) =>
      a.localeCompare(b),
    ),
    approvals: claims
      .filter((c) => c.reviewState === 'approved' && c.approvedAt !== '')
      .map((c) => c.approvedAt)
      .sort(),
    paragraphs: paragraphs(article.text, placed),
  };
}
