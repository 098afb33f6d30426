import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useSyncExternalStore } from 'react';
import { getArticle, listArticleSummaries } from '../db/articles';
import { articleClaims, subscribeArticleClaims } from '../db/claims-feed';

/** The library's article summaries, live (undefined while loading). */
export function useArticleSummaries() {
  return useLiveQuery(listArticleSummaries, []);
}

/** One article, live: undefined while loading, null when it does not exist. */
export function useArticle(id: string) {
  return useLiveQuery(async () => (await getArticle(id)) ?? null, [id]);
}

/**
 * The claims of one article, live (undefined while loading), from the claims feed: after a
 * change only the claims that changed are new objects.
 */
export function useClaims(articleId: string) {
  const subscribe = useCallback(
    (listener: () => void) => subscribeArticleClaims(articleId, listener),
    [articleId],
  );
  return useSyncExternalStore(subscribe, () => articleClaims(articleId));
}
