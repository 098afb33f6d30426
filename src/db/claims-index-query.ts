import { disagreeingClaimIds } from '../domain/claims/claim-agreement';
import {
  REVIEW_STATES,
  claimFilterTest,
  queryWords,
  sortClaims,
  type ClaimFilter,
  type ClaimSort,
} from '../domain/claims/claim-filter';
import {
  buildClaimSearchIndex,
  claimsWithWords,
  type ClaimSearchIndex,
} from '../domain/claims/claim-search-index';
import { VERDICTS, type Claim, type ReviewState, type Verdict } from '../domain/types';
import type { ClaimsIndexResult } from './claims-index.protocol';
import type { ClaimInLibrary } from './claims-query';

/**
 * The claims index's queries over the library's rows (claims-index.worker.ts holds the rows and
 * keeps them current). What a query needs of all rows is computed once per set of rows and kept:
 * the joined search texts, and the claims in a disagreement, found again only for the articles
 * whose claims changed.
 */

/** The articles as the list orders them: titles in alphabetical order, then ids. */
export function libraryArticleOrder(titles: Map<string, string>): { id: string; title: string }[] {
  return [...titles]
    .map(([id, title]) => ({ id, title }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** The claims of existing articles, by article (titles in alphabetical order), then position;
 * claims on the same words keep one order (oldest first) whatever order they were read in. */
export function inLibraryOrder(
  claims: Iterable<Claim>,
  titles: Map<string, string>,
): ClaimInLibrary[] {
  const articles = libraryArticleOrder(titles);
  const order = new Map(articles.map((article, i) => [article.id, i]));
  const rows: ClaimInLibrary[] = [];
  for (const claim of claims) {
    const at = order.get(claim.articleId);
    if (at !== undefined) rows.push({ claim, article: articles[at]! });
  }
  return rows.sort(
    (a, b) =>
      order.get(a.article.id)! - order.get(b.article.id)! ||
      a.claim.anchor.start - b.claim.anchor.start ||
      a.claim.anchor.end - b.claim.anchor.end ||
      a.claim.createdAt.localeCompare(b.claim.createdAt) ||
      a.claim.id.localeCompare(b.claim.id),
  );
}

/** An article's claims as last seen, and those of them in a disagreement. */
interface ArticleDisagreement {
  claims: Claim[];
  ids: string[];
}

const sameObjects = (a: readonly Claim[], b: readonly Claim[]) =>
  a.length === b.length && a.every((claim, i) => claim === b[i]);

/** Queries over one set of rows at a time, with what they share kept between queries. */
export class ClaimsQueries {
  private rows: ClaimInLibrary[] = [];
  private search: ClaimSearchIndex | null = null;
  private disagreeing: Set<string> | null = null;
  private byArticle = new Map<string, ArticleDisagreement>();

  /** The rows queries run over from now on (in library order). */
  setRows(rows: ClaimInLibrary[]): void {
    if (rows === this.rows) return;
    this.rows = rows;
    this.search = null;
    this.disagreeing = null;
  }

  /** The joined search texts of the rows, built once per set of rows. */
  searchIndex(): ClaimSearchIndex {
    this.search ??= buildClaimSearchIndex(this.rows.map((row) => row.claim));
    return this.search;
  }

  /** The claims in a disagreement; an article whose claims are the same objects is not read. */
  disagreeingIds(): Set<string> {
    if (this.disagreeing) return this.disagreeing;
    const grouped = new Map<string, Claim[]>();
    for (const { claim } of this.rows) {
      const list = grouped.get(claim.articleId);
      if (list) list.push(claim);
      else grouped.set(claim.articleId, [claim]);
    }
    const next = new Map<string, ArticleDisagreement>();
    const ids = new Set<string>();
    for (const [articleId, claims] of grouped) {
      const known = this.byArticle.get(articleId);
      const entry =
        known && sameObjects(known.claims, claims)
          ? known
          : { claims, ids: [...disagreeingClaimIds(claims)] };
      next.set(articleId, entry);
      for (const id of entry.ids) ids.add(id);
    }
    this.byArticle = next;
    this.disagreeing = ids;
    return ids;
  }

  /**
   * Filters and sorts the rows in one pass; each facet counts the claims the other filters
   * keep. The words of the filter are looked for in the joined search texts.
   */
  run(
    filter: ClaimFilter,
    sort: ClaimSort,
  ): { shown: ClaimInLibrary[]; result: ClaimsIndexResult } {
    const all = this.rows;
    const disagreeing = this.disagreeingIds();
    const words = queryWords(filter.text);
    const hasWords = words.length > 0 ? claimsWithWords(this.searchIndex(), words) : null;
    const others = claimFilterTest({ ...filter, text: '', verdicts: [], states: [] }, disagreeing);
    const verdicts = new Set<Verdict>(filter.verdicts);
    const states = new Set<ReviewState>(filter.states);
    const verdictCounts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<
      Verdict,
      number
    >;
    const stateCounts = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<
      ReviewState,
      number
    >;
    const filtered: ClaimInLibrary[] = [];
    for (let i = 0; i < all.length; i++) {
      if (hasWords && hasWords[i] === 0) continue;
      const row = all[i]!;
      const { claim } = row;
      if (!others(claim)) continue;
      const verdictOk = verdicts.size === 0 || verdicts.has(claim.verdict);
      const stateOk = states.size === 0 || states.has(claim.reviewState);
      if (stateOk) verdictCounts[claim.verdict]++;
      if (verdictOk) stateCounts[claim.reviewState]++;
      if (verdictOk && stateOk) filtered.push(row);
    }
    // The rows are in position order already (inLibraryOrder), and filtering keeps it.
    const shown = sort === 'position' ? filtered : sortClaims(filtered, sort, (row) => row.claim);
    const result: ClaimsIndexResult = {
      total: all.length,
      shown: shown.length,
      facets: { verdict: verdictCounts, state: stateCounts },
      disagreements: disagreeing.size,
    };
    return { shown, result };
  }
}
