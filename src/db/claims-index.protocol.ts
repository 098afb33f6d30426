import type { ClaimFilter, ClaimSort } from '../domain/claims/claim-filter';
import type { ReviewState, Verdict } from '../domain/types';
import type { ClaimInLibrary } from './claims-query';

/**
 * What the page asks the claims index: filter and sort the library's claims (and send the
 * first rows of the result), or send more rows of the last result.
 */
export type ClaimsIndexRequest =
  | {
      kind: 'query';
      serial: number;
      filter: ClaimFilter;
      sort: ClaimSort;
      from: number;
      to: number;
    }
  | { kind: 'rows'; serial: number; from: number; to: number };

/** How many claims each verdict and review state toggle would keep. */
export interface ClaimFacets {
  verdict: Record<Verdict, number>;
  state: Record<ReviewState, number>;
}

/** What a query gives: how many claims there are, how many it keeps, and its facets. */
export interface ClaimsIndexResult {
  total: number;
  shown: number;
  facets: ClaimFacets;
  /** How many claims take part in a disagreement (`disagreeingClaimIds`), filter aside. */
  disagreements: number;
  /**
   * While the library's claims are first read: how many are read of how many. The rows given
   * are the first rows of the unfiltered list; facets and disagreements are not known yet.
   */
  reading?: { read: number; total: number };
}

/**
 * What the claims index answers: a query's result with rows `from` on, more rows, a change in
 * the library (the page asks again), or why it could not read it.
 */
export type ClaimsIndexResponse =
  | {
      kind: 'result';
      serial: number;
      result: ClaimsIndexResult;
      from: number;
      rows: ClaimInLibrary[];
    }
  | { kind: 'rows'; serial: number; from: number; rows: ClaimInLibrary[] }
  | { kind: 'changed' }
  | { kind: 'failed'; serial: number; message: string };
