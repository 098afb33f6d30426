import { foldString, type FoldOptions } from '../text/match-text';
import type { Claim, ReviewState, Verdict } from '../types';
import { VERDICTS } from '../types';

/** What a fact-checker narrows the library's claims to; an empty field constrains nothing. */
export interface ClaimFilter {
  /** Any of these verdicts. */
  verdicts: Verdict[];
  /** Any of these review states. */
  states: ReviewState[];
  /** Every one of these tags. */
  tags: string[];
  /** Part of the name of who made or last changed the claim. */
  author: string;
  /** Words that must all appear in the quote, the rationale or an evidence title. */
  text: string;
  /** Only claims whose words another reviewer judged differently (claims/claim-agreement.ts). */
  disagreements: boolean;
}

/** The filter that keeps every claim. */
export const EMPTY_FILTER: ClaimFilter = {
  verdicts: [],
  states: [],
  tags: [],
  author: '',
  text: '',
  disagreements: false,
};

/** Every review state, in the order a claim goes through them. */
export const REVIEW_STATES: readonly ReviewState[] = ['draft', 'in-review', 'approved'];

/** How a list of claims is ordered: as in their articles, or most recently changed first. */
export type ClaimSort = 'position' | 'updated';

const LOOSE: FoldOptions = { ignoreCase: true, ignoreAccents: true };

/** The words of a query, folded: `Demandé  l’audit` gives `demande`, `l'audit`. */
export function queryWords(query: string): string[] {
  return foldString(query, LOOSE)
    .split(' ')
    .filter((word) => word.length > 0);
}

/** Whether every (folded) query word occurs in the folded haystack. */
export function hasAllWords(haystack: string, words: string[]): boolean {
  return words.every((word) => haystack.includes(word));
}

// Folding is the costly part of a search: each claim's text is folded once per claim object
// (live queries hand out new objects when a claim changes, so the cache never goes stale).
const searchableCache = new WeakMap<Claim, string>();

/** A claim's quote, rationale and evidence titles, folded; fields apart so no word spans two. */
export function searchableText(claim: Claim): string {
  let folded = searchableCache.get(claim);
  if (folded === undefined) {
    const fields = [claim.anchor.exact, claim.note, ...claim.evidence.map((e) => e.title)];
    folded = fields.map((field) => foldString(field, LOOSE)).join('\n');
    searchableCache.set(claim, folded);
  }
  return folded;
}

/**
 * Folds the searchable text of claims ahead of a search, while `hasTime()` says so (an idle
 * period); returns how many claims are still to fold. The first search then costs no folding.
 */
export function prepareClaimSearch(claims: readonly Claim[], hasTime: () => boolean): number {
  let left = 0;
  for (const claim of claims) {
    if (searchableCache.has(claim)) continue;
    if (hasTime()) searchableText(claim);
    else left++;
  }
  return left;
}

/**
 * A filter prepared once (its words folded) to test many claims against. `disagreeing` holds
 * the claims in a disagreement (`disagreeingClaimIds`), which the disagreements filter keeps.
 */
export function claimFilterTest(
  filter: ClaimFilter,
  disagreeing: ReadonlySet<string> = new Set(),
): (claim: Claim) => boolean {
  const { verdicts, states, tags } = filter;
  const author = foldString(filter.author, LOOSE).trim();
  const words = queryWords(filter.text);
  return (claim) =>
    (!filter.disagreements || disagreeing.has(claim.id)) &&
    (verdicts.length === 0 || verdicts.includes(claim.verdict)) &&
    (states.length === 0 || states.includes(claim.reviewState)) &&
    tags.every((tag) => claim.tags.includes(tag)) &&
    (!author ||
      foldString(claim.createdBy, LOOSE).includes(author) ||
      foldString(claim.updatedBy, LOOSE).includes(author)) &&
    (words.length === 0 || hasAllWords(searchableText(claim), words));
}

/** Whether a claim passes every constraint of a filter. */
export function claimMatches(claim: Claim, filter: ClaimFilter): boolean {
  return claimFilterTest(filter)(claim);
}

/**
 * A sorted copy of `items`. `position`: the articles in the order they first appear in `items`,
 * and within each article by the claim's start, then end. `updated`: most recent change first.
 */
export function sortClaims<T>(items: T[], sort: ClaimSort, key: (item: T) => Claim): T[] {
  if (sort === 'updated') {
    return [...items].sort((a, b) => {
      const x = key(a).updatedAt;
      const y = key(b).updatedAt;
      return x < y ? 1 : x > y ? -1 : 0;
    });
  }
  const articleOrder = new Map<string, number>();
  for (const item of items) {
    const { articleId } = key(item);
    if (!articleOrder.has(articleId)) articleOrder.set(articleId, articleOrder.size);
  }
  return [...items].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (
      articleOrder.get(x.articleId)! - articleOrder.get(y.articleId)! ||
      x.anchor.start - y.anchor.start ||
      x.anchor.end - y.anchor.end
    );
  });
}

/** How many claims have each verdict and each review state. */
export function countBy(claims: Claim[]): {
  verdict: Record<Verdict, number>;
  state: Record<ReviewState, number>;
} {
  const verdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const state = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ReviewState, number>;
  for (const claim of claims) {
    verdict[claim.verdict]++;
    state[claim.reviewState]++;
  }
  return { verdict, state };
}

/** An article's title, publisher and text folded for `articleTextMatches` (cache it by article). */
export function articleSearchText(article: {
  title: string;
  publisher: string;
  text: string;
}): string {
  return [article.title, article.publisher, article.text]
    .map((field) => foldString(field, LOOSE))
    .join('\n');
}

/** Whether every word of a query appears in text folded by `articleSearchText`. */
export function articleTextMatches(searchText: string, query: string): boolean {
  return hasAllWords(searchText, queryWords(query));
}

/** Whether every word of a query appears in an article's title, publisher or text. */
export function matchesArticle(
  article: { title: string; publisher: string; text: string },
  query: string,
): boolean {
  const words = queryWords(query);
  return words.length === 0 || hasAllWords(articleSearchText(article), words);
}
