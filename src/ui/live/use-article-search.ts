import { useDeferredValue } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { searchArticleIds } from '../../db/article-search';

/**
 * The ids of the articles matching a library search, live; null when the query is blank (no
 * search), undefined while the first answer loads. The query is deferred so typing stays fluid.
 */
export function useArticleSearch(query: string): Set<string> | null | undefined {
  const deferred = useDeferredValue(query.trim());
  return useLiveQuery(async () => (deferred ? searchArticleIds(deferred) : null), [deferred]);
}
