// Live data (src/ui/live), base code: the only ui files that read Dexie live queries or the claims
// feed.
import { useLiveQuery } from 'dexie-react-hooks';
import { getArticle, listArticleSummaries } from '../../db/articles';

/** The library's article summaries, live (undefined while loading). */
export function useArticleSummaries() {
  return useLiveQuery(listArticleSummaries, []);
}

/** One article, live: undefined while loading, null when it does not exist. */
export function useArticle(id: string) {
  return useLiveQuery(async () => (await getArticle(id)) ?? null, [id]);
}
