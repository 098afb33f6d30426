import { repairedDocument } from '../domain/exchange/article-repair';
import { VerdictError } from '../domain/problem';
import type { Article } from '../domain/types';
import { db } from './database';
import { storedRule } from './stored-rule';

/**
 * Rebuilds an article's document from its text (the reader's "Repair", for a document the editor
 * cannot open), the document replaced going to the article's text history, in one transaction.
 */
export async function repairArticleDocument(articleId: string): Promise<void> {
  const now = new Date().toISOString();
  const { storedArticleChanges, storedArticleText } = await storedRule();
  await db.transaction('rw', db.articles, async () => {
    const article = (await db.articles.get(articleId)) as Article | undefined;
    if (!article) throw new VerdictError('article-missing');
    const { doc, text, textHistory } = repairedDocument(article, now);
    await db.articles.update(articleId, {
      ...storedArticleText(article, doc, text),
      ...storedArticleChanges({ textHistory, updatedAt: now }),
    });
  });
}
