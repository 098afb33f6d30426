import { compareArticles, compareClaims } from './bundle';
import {
  effectiveRating,
  ratingName,
  VERDICT_SCALE,
  type Rating,
  type RatingScale,
} from '../claims/ratings';
import type { Article, Claim, ReviewState, Verdict } from '../types';

/*
 * The claims as a table, one row per claim: what the CSV and the spreadsheet exports write. The
 * headers and the words of values (verdicts, review states, statuses) come translated from the
 * UI (the domain writes no sentences); by default they are the column ids and stored values.
 */

/** The columns, in order. */
export const CLAIM_COLUMNS = [
  'article_title',
  'article_url',
  'quote',
  'verdict',
  'rating',
  'review_state',
  'status',
  'rationale',
  'tags',
  'evidence_urls',
  'claimant',
  'claim_date',
  'created_by',
  'created_at',
  'updated_by',
  'updated_at',
  'approved_by',
  'approved_at',
  'start',
  'end',
] as const;

/** One column's id. */
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

/** Whether a claim's words were found in the text when it was exported. */
export type ClaimStatus = 'found' | 'orphaned';

/** The words a table is written with, in the reader's language. */
export interface ClaimTableLabels {
  columns: Record<ClaimColumn, string>;
  verdicts: Record<Verdict, string>;
  reviewStates: Record<ReviewState, string>;
  statuses: Record<ClaimStatus, string>;
  /** The language rating names are written in. */
  language: 'en' | 'fr';
}

/** The default words: column ids and stored values, for programs rather than people. */
export const PLAIN_LABELS: ClaimTableLabels = {
  columns: Object.fromEntries(CLAIM_COLUMNS.map((column) => [column, column])) as Record<
    ClaimColumn,
    string
  >,
  verdicts: { confirmed: 'confirmed', disputed: 'disputed', unverified: 'unverified' },
  reviewStates: { draft: 'draft', 'in-review': 'in-review', approved: 'approved' },
  statuses: { found: 'found', orphaned: 'orphaned' },
  language: 'en',
};

/** How list cells (tags, evidence links) join their entries. */
export const LIST_SEPARATOR = '; ';

/** One row: the claim, its article and rating, and its cells in column order. */
export interface ClaimRow {
  article: Article;
  claim: Claim;
  rating: Rating | undefined;
  cells: Record<ClaimColumn, string>;
}

function row(
  article: Article,
  claim: Claim,
  scale: RatingScale,
  labels: ClaimTableLabels,
): ClaimRow {
  const orphaned = claim.orphanedAt !== '';
  const rating = effectiveRating(claim, scale);
  const cells: Record<ClaimColumn, string> = {
    article_title: article.title,
    article_url: article.sourceUrl,
    quote: claim.anchor.exact,
    verdict: labels.verdicts[claim.verdict],
    rating: rating ? ratingName(rating, labels.language) : '',
    review_state: labels.reviewStates[claim.reviewState],
    status: labels.statuses[orphaned ? 'orphaned' : 'found'],
    rationale: claim.note,
    tags: claim.tags.join(LIST_SEPARATOR),
    evidence_urls: claim.evidence.map((evidence) => evidence.url).join(LIST_SEPARATOR),
    claimant: claim.claimant,
    claim_date: claim.claimDate,
    created_by: claim.createdBy,
    created_at: claim.createdAt,
    updated_by: claim.updatedBy,
    updated_at: claim.updatedAt,
    approved_by: claim.approvedBy,
    approved_at: claim.approvedAt,
    // A claim whose words are not in the text has no position: offsets would point elsewhere.
    start: orphaned ? '' : String(claim.anchor.start),
    end: orphaned ? '' : String(claim.anchor.end),
  };
  return { article, claim, rating, cells };
}

/**
 * The rows of some articles' claims: the articles' order, then each article's reading order.
 * Claims of articles not given are left out.
 */
export function claimRows(
  articles: Article[],
  claims: Claim[],
  options: { scale?: RatingScale; labels?: ClaimTableLabels } = {},
): ClaimRow[] {
  const scale = options.scale ?? VERDICT_SCALE;
  const labels = options.labels ?? PLAIN_LABELS;
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) {
    const own = byArticle.get(claim.articleId);
    if (own) own.push(claim);
    else byArticle.set(claim.articleId, [claim]);
  }
  return [...articles]
    .sort(compareArticles)
    .flatMap((article) =>
      (byArticle.get(article.id) ?? [])
        .sort(compareClaims)
        .map((claim) => row(article, claim, scale, labels)),
    );
}
