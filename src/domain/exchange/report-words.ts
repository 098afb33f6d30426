import type { Evidence, ReviewState, Verdict } from '../types';
import type { ReportClaim } from './report-model';

/**
 * The words of a report in the UI's language, handed in by the UI (the domain writes no
 * sentences): headings and labels, and how dates, ratings, stances and states are written.
 */
export interface ReportWords {
  /** The document's language (`en`, `fr`). */
  language: string;
  heading: string;
  source: string;
  publisher: string;
  author: string;
  published: string;
  made: string;
  summary: string;
  rating: string;
  claimsCount: string;
  reviewers: string;
  approvals: string;
  claims: string;
  notFound: string;
  claimant: string;
  rationale: string;
  sources: string;
  review: string;
  text: string;
  none: string;
  /** "Counts as: Disputed", for a rating whose verdict is not obvious from its name. */
  countsAs: (verdict: Verdict) => string;
  /** A claim's rating (or its verdict alone), with its symbol. */
  ratingOf: (claim: ReportClaim) => string;
  /** A count line's label: a rating, or a verdict alone. */
  countLabel: (rating: ReportClaim['rating'], verdict: Verdict) => string;
  stance: (stance: Evidence['stance']) => string;
  state: (claim: ReportClaim['claim']) => string;
  /** "Approved by X on …", or '' when the claim is not approved. */
  approval: (claim: ReportClaim['claim']) => string;
  /** "2 claims approved, from … to …". */
  approvalSpan: (times: string[]) => string;
  day: (date: string) => string;
  time: (iso: string) => string;
  reviewState: (state: ReviewState) => string;
}
