import { useCallback, useSyncExternalStore } from 'react';
import { articleClaims, subscribeArticleClaims } from '../../db/claims-feed';

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
