import { useDeferredValue } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { searchArticleIds } from '../../db/library-index';
import { listArticleIds } from '../../db/articles';

/**
 * The ids of the articles matching a library search, live; null when the query is blank (no
 * search), undefined while the first answer loads. The query is deferred so typing stays fluid.
 */
export function useArticleSearch(query: string): Set<string> | null | undefined {
  const deferred = useDeferredValue(query.trim());
  return useLiveQuery(async () => {
    if (!deferred) return null;
    // Read here, the article index makes the search run again when any article changes; the
    // worker then reads only the articles that did.
    await listArticleIds();
    return searchArticleIds(deferred);
  }, [deferred]);
}
