import { VerdictError } from '../domain/problem';
import type { TextEdit } from '../domain/anchoring/text-edit';
import { changeBy, recorded } from './claim-log';
import { db } from './database';
import { currentReviewerName } from './settings';
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
  await db.transaction('rw', db.articles, db.claims, db.settings, async () => {
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
    const by = await currentReviewerName();
    // A claim whose words the edit deleted, or brought back, is a change the log records; an
    // anchor merely shifted by an edit elsewhere is not (docs/DECISIONS.md, "Change log").
    for (const [i, update] of edit.anchors.entries()) {
      const claim = claims[i];
      if (!claim) continue;
      if ('orphaned' in update) {
        if (!claim.orphanedAt)
          changed.push(recorded(claim, { orphanedAt: now }, changeBy(by, now)));
      } else if (claim.orphanedAt) {
        const moved = { ...claim, anchor: storedAnchor(update.anchor) };
        changed.push(recorded(moved, { orphanedAt: '' }, changeBy(by, now)));
      } else if (JSON.stringify(update.anchor) !== JSON.stringify(claim.anchor)) {
        changed.push({ ...claim, anchor: storedAnchor(update.anchor) });
      }
    }
    // Only anchors that moved are written: a typo fix touches the claims after it, not all.
    await db.claims.bulkPut(changed);
  });
}
