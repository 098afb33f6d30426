// Live data (src/ui/live), base code: the only ui files that read Dexie live queries or the claims
// feed.
import { useLiveQuery } from 'dexie-react-hooks';
import { getArticle, listArticleIds, readArticleSummaries } from '../../db/articles';

/** The ids of every article, most recently changed first, live (undefined while loading). */
export function useArticleIds() {
  return useLiveQuery(listArticleIds, []);
}

/**
 * The summaries (metadata and claim counts) of the articles one screen of the library shows, by
 * id, live. While another set of ids loads, the previous answer stays (rows that scroll into view
 * show as loading, rows already shown keep their counts).
 */
export function useArticleSummaries(ids: readonly string[]) {
  const key = ids.join('\n');
  // `key` stands for the ids' content: a new array with the same ids reads nothing again.
  return useLiveQuery(() => readArticleSummaries(ids), [key]);
}

/** One article, live: undefined while loading, null when it does not exist. */
export function useArticle(id: string) {
  return useLiveQuery(async () => (await getArticle(id)) ?? null, [id]);
}
