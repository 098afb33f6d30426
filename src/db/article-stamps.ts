import { db } from './database';

/** Each article's `updatedAt`, by id: what says which derived entries are stale. */
export type ArticleStamps = Map<string, string>;

/** Every article's `updatedAt`, read from its index alone (keys, no rows). */
export async function readArticleStamps(): Promise<ArticleStamps> {
  const [stamps, ids] = await db.transaction('r', db.articles, () =>
    Promise.all([
      db.articles.orderBy('updatedAt').keys(),
      db.articles.orderBy('updatedAt').primaryKeys(),
    ]),
  );
  return new Map(ids.map((id, i) => [id, String(stamps[i])]));
}
