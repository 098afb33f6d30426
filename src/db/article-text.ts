import { VerdictError } from '../domain/problem';
import type { TextEdit } from '../domain/anchoring/text-edit';
import { db } from './database';
import { storedRule } from './stored-rule';

/**
 * Saves an edited article text and its claims' new anchors in one transaction, so that text and
 * claims never disagree in the database; refuses a document the editor cannot open, or one that
 * does not yield the text. With `keepPrevious`, the text being replaced goes to
 * the article's text history first (once per editing session).
 */
export async function saveArticleText(
  articleId: string,
  edit: TextEdit,
  keepPrevious: boolean,
): Promise<void> {
  const now = new Date().toISOString();
  const { storedAnchor, storedArticleText } = await storedRule();
  await db.transaction('rw', db.articles, db.claims, async () => {
    const article = await db.articles.get(articleId);
    if (!article) throw new VerdictError('article-missing');
    const { doc, text } = storedArticleText(article, edit.doc, edit.text);
    const textHistory = keepPrevious
      ? [{ doc: article.doc, text: article.text, replacedAt: now }, ...article.textHistory]
      : article.textHistory;
    await db.articles.update(articleId, {
      doc,
      text,
      textHistory,
      updatedAt: now,
    });
    const claims = await db.claims.bulkGet(edit.anchors.map((a) => a.id));
    const changed = [];
    for (const [i, update] of edit.anchors.entries()) {
      const claim = claims[i];
      if (!claim) continue;
      if ('orphaned' in update) {
        if (!claim.orphanedAt) changed.push({ ...claim, orphanedAt: now });
      } else if (
        JSON.stringify(update.anchor) !== JSON.stringify(claim.anchor) ||
        claim.orphanedAt
      ) {
        changed.push({ ...claim, anchor: storedAnchor(update.anchor), orphanedAt: '' });
      }
    }
    // Only anchors that moved are written: a typo fix touches the claims after it, not all.
    await db.claims.bulkPut(changed);
  });
}
