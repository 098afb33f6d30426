import { changedFields } from '../claims/change-log';
import { sliceCodePoints } from '../text/code-points';
import type { ChangedField, Claim, ReviewState, Verdict } from '../types';
import type { Side } from './claims';

/**
 * What an import does to each claim, for its preview to list by the claim's words: added,
 * changed (which fields), deleted by a tombstone, in conflict (both versions), or unchanged.
 */
export type RowStatus = 'new' | 'updated' | 'deleted' | 'conflict' | 'unchanged';

/** One version of a claim in conflict, as the preview shows it side by side. */
export interface VersionView {
  verdict: Verdict;
  rating: string;
  quote: string;
  note: string;
  reviewState: ReviewState;
  by: string;
  at: string;
}

/** Where a claim whose words were not found could go: the same words in another context. */
export interface PlacementView {
  start: number;
  end: number;
  before: string;
  words: string;
  after: string;
}

/** One claim an import touches (a claim of the file, or a local claim it deletes). */
export interface ClaimRow {
  id: string;
  articleId: string;
  status: RowStatus;
  /** The claim's words (the kept version's). */
  quote: string;
  /** Updated: the fields that change here; conflict: the fields the versions disagree on. */
  fields: ChangedField[];
  /** Its words were not found in the text it belongs to (it is kept, orphaned). */
  notFound: boolean;
  conflict?: { local: VersionView; incoming: VersionView; kept: Side };
  /** For a claim not found: its words elsewhere, which the user may accept. */
  suggestion?: PlacementView;
}

/** Code points of text shown on each side of a suggested place. */
const CONTEXT = 30;

/** A version of a claim as the preview shows it. */
export function versionView(claim: Claim): VersionView {
  return {
    verdict: claim.verdict,
    rating: claim.rating,
    quote: claim.anchor.exact,
    note: claim.note,
    reviewState: claim.reviewState,
    by: claim.updatedBy,
    at: claim.updatedAt,
  };
}

/** The fields whose values differ between the stored claim and the one written over it. */
export function fieldsChanged(before: Claim, after: Claim): ChangedField[] {
  return changedFields(before, after).map((change) => change.field);
}

/** A suggested place in a text, with a little of the text around it. */
export function placementView(text: string, start: number, end: number): PlacementView {
  return {
    start,
    end,
    before: sliceCodePoints(text, Math.max(0, start - CONTEXT), start),
    words: sliceCodePoints(text, start, end),
    after: sliceCodePoints(text, end, end + CONTEXT),
  };
}

/** The lists of an import preview: conflicts, claims not found, then the others by status. */
export type RowGroup = 'conflict' | 'notFound' | 'new' | 'updated' | 'deleted' | 'unchanged';

/** The rows each list of the preview shows, in the plan's order (a claim not found is in two). */
export function groupRows(rows: readonly ClaimRow[]): Record<RowGroup, ClaimRow[]> {
  const groups: Record<RowGroup, ClaimRow[]> = {
    conflict: [],
    notFound: [],
    new: [],
    updated: [],
    deleted: [],
    unchanged: [],
  };
  for (const row of rows) {
    groups[row.status].push(row);
    if (row.notFound) groups.notFound.push(row);
  }
  return groups;
}
