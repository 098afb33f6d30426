import { withoutTextHash } from '../exchange/bundle';
import { compareTimes } from './claims';
import type { Article, ArticleTextVersion } from '../types';

/** An article as a snapshot holds it; bundles add the SHA-256 of the text. */
export type SnapshotArticle = Article & { textHash?: string };

/** Deep equality of JSON values, whatever the order of their keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) =>
    sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Whether two articles say the same thing: metadata, document and text (not history or times). */
function sameArticleContent(a: Article, b: Article): boolean {
  const content = ({
    title,
    sourceUrl,
    publisher,
    author,
    publishedAt,
    language,
    doc,
  }: Article) => ({
    title,
    sourceUrl,
    publisher,
    author,
    publishedAt,
    language,
    doc,
  });
  return a.text === b.text && sameJson(content(a), content(b));
}

/**
 * Text versions of several histories, each text with its document once (the first copy seen),
 * newest first.
 */
function unionTextHistory(...histories: ArticleTextVersion[][]): ArticleTextVersion[] {
  const kept: ArticleTextVersion[] = [];
  for (const version of histories.flat()) {
    const known = kept.some((k) => k.text === version.text && sameJson(k.doc, version.doc));
    if (!known) kept.push(version);
  }
  return kept.sort((a, b) => compareTimes(b.replacedAt, a.replacedAt));
}

/**
 * Merges two versions of one article, keeping the local id. Same content keeps the local one
 * (histories unioned); otherwise the newer `updatedAt` wins (local on a tie) and, if the texts or
 * the documents differ, the other text and document join `textHistory`, replaced at `now`, so a
 * document an import replaces is never lost. Local history entries come first so that merging
 * again finds them and adds nothing.
 */
export function mergeArticle(local: Article, incoming: Article, now: string): Article {
  const stored = withoutTextHash(local);
  if (sameArticleContent(local, incoming)) {
    return { ...stored, textHistory: unionTextHistory(local.textHistory, incoming.textHistory) };
  }
  const incomingWins = compareTimes(incoming.updatedAt, local.updatedAt) > 0;
  const [winner, loser] = incomingWins ? [incoming, local] : [local, incoming];
  const setAside: ArticleTextVersion[] =
    winner.text === loser.text && sameJson(winner.doc, loser.doc)
      ? []
      : [{ doc: loser.doc, text: loser.text, replacedAt: now }];
  return {
    ...withoutTextHash(winner),
    id: local.id,
    createdAt: local.createdAt,
    textHistory: unionTextHistory(local.textHistory, setAside, incoming.textHistory),
  };
}

/** How the incoming articles meet the local ones. */
export interface ArticleMatches {
  /** Incoming article id → the id it has after the merge (a local id when matched). */
  ids: Map<string, string>;
  /** Incoming articles with no local counterpart, as they will be stored. */
  unmatched: Article[];
  /** Pairs of local and incoming versions of the same article. */
  pairs: { local: Article; incoming: Article }[];
}

/**
 * Pairs incoming articles with local ones: by id, else by the same non-empty source URL and the
 * same text (the text itself rather than its SHA-256: equal texts are what equal hashes stand
 * for, and comparing them keeps the merge synchronous). Each local article pairs at most once.
 */
export function matchArticles(
  local: SnapshotArticle[],
  incoming: SnapshotArticle[],
): ArticleMatches {
  const byId = new Map(local.map((article) => [article.id, article]));
  const byUrl = new Map<string, Article[]>();
  for (const article of local) {
    const url = article.sourceUrl.trim();
    if (url === '') continue;
    const same = byUrl.get(url);
    if (same) same.push(article);
    else byUrl.set(url, [article]);
  }
  // A local article that an incoming one names by id is kept for that one.
  const named = new Set(incoming.map((article) => article.id));
  const taken = new Set<string>();
  const matches: ArticleMatches = { ids: new Map(), unmatched: [], pairs: [] };
  for (const article of incoming) {
    const url = article.sourceUrl.trim();
    const sameUrl = url === '' ? [] : (byUrl.get(url) ?? []);
    const match =
      byId.get(article.id) ??
      sameUrl.find(
        (candidate) =>
          !taken.has(candidate.id) && !named.has(candidate.id) && candidate.text === article.text,
      );
    if (match && !taken.has(match.id)) {
      taken.add(match.id);
      matches.ids.set(article.id, match.id);
      matches.pairs.push({ local: match, incoming: article });
    } else {
      matches.ids.set(article.id, article.id);
      matches.unmatched.push('textHash' in article ? withoutTextHash(article) : article);
    }
  }
  return matches;
}
