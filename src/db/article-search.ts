import { articleSearchText, articleTextMatches } from '../domain/claims/claim-filter';
import { db } from './database';

interface Folded {
  title: string;
  publisher: string;
  text: string;
  searchText: string;
}

// Folding a long text costs far more than comparing it: each article's folded text is kept
// while its title, publisher and text stay the same, so typing a query only folds the query.
const cache = new Map<string, Folded>();

/** The ids of the articles whose title, publisher or text contain every word of a query. */
export async function searchArticleIds(query: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const seen = new Set<string>();
  await db.articles.each(({ id, title, publisher, text }) => {
    seen.add(id);
    let entry = cache.get(id);
    if (entry?.text !== text || entry.title !== title || entry.publisher !== publisher) {
      entry = { title, publisher, text, searchText: articleSearchText({ title, publisher, text }) };
      cache.set(id, entry);
    }
    if (articleTextMatches(entry.searchText, query)) ids.add(id);
  });
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return ids;
}
