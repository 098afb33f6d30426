import { VerdictError } from '../domain/problem';
import { canonicalText } from '../domain/text/canonical-text';
import type { Article, ArticleMeta, DocumentJson, ReviewState, Verdict } from '../domain/types';
import { VERDICTS } from '../domain/types';
import { REVIEW_STATES } from '../domain/claims/claim-filter';
import { db } from './database';
import { currentReviewerName } from './settings';
import { storedRule } from './stored-rule';

/** An article as the library lists it, with its claim counts per verdict. */
export interface ArticleSummary {
  article: Omit<Article, 'doc' | 'text' | 'textHistory'> & { textLength: number };
  counts: Record<Verdict, number>;
  states: Record<ReviewState, number>;
}

/** Stores a new article built from a document (refused when the editor cannot open it); returns it. */
export async function createArticle(meta: ArticleMeta, doc: DocumentJson): Promise<Article> {
  const now = new Date().toISOString();
  const { storedArticle } = await storedRule();
  const article = storedArticle({
    ...meta,
    id: crypto.randomUUID(),
    doc,
    text: canonicalText(doc),
    textHistory: [],
    createdAt: now,
    updatedAt: now,
  });
  await db.articles.add(article);
  return article;
}

/** Reads one article, or undefined when it does not exist (any more). */
export async function getArticle(id: string): Promise<Article | undefined> {
  return (await db.articles.get(id)) as Article | undefined;
}

/** Changes an article's metadata (title, source, publisher, author, date, language). */
export async function updateArticleMeta(id: string, meta: Partial<ArticleMeta>): Promise<void> {
  const { storedArticleChanges } = await storedRule();
  const changes = storedArticleChanges({ ...meta, updatedAt: new Date().toISOString() });
  const updated = await db.articles.update(id, changes);
  if (updated === 0) throw new VerdictError('article-missing');
}

/**
 * Deletes an article and all its claims in one transaction, leaving tombstones (one for the
 * article, one per claim) so that importing an older file does not bring them back.
 */
export async function deleteArticle(id: string): Promise<void> {
  const { storedTombstone } = await storedRule();
  return db.transaction('rw', [db.articles, db.claims, db.tombstones, db.settings], async () => {
    const deletedAt = new Date().toISOString();
    const deletedBy = await currentReviewerName();
    const claimIds = await db.claims.where('articleId').equals(id).primaryKeys();
    await db.tombstones.bulkPut(
      [id, ...claimIds].map((tombstoneId) =>
        storedTombstone({ id: tombstoneId, articleId: id, deletedAt, deletedBy }),
      ),
    );
    await db.claims.bulkDelete(claimIds);
    await db.articles.delete(id);
  });
}

/**
 * The ids of every article, most recently changed first, read from the `updatedAt` index alone:
 * no article row (document, text) is read, so the library lists thousands at once.
 */
export async function listArticleIds(): Promise<string[]> {
  return db.articles.orderBy('updatedAt').reverse().primaryKeys();
}

/**
 * The summaries of these articles (those that exist), in the order given, with their claim
 * counts per verdict and per review state: what one screen of the library shows.
 */
export async function readArticleSummaries(ids: readonly string[]): Promise<ArticleSummary[]> {
  return db.transaction('r', db.articles, db.claims, async () => {
    const rows = await db.articles.bulkGet([...ids]);
    const articles = rows.filter((row) => row !== undefined);
    return Promise.all(
      articles.map(async ({ doc: _doc, textHistory: _history, text, ...rest }) => {
        // Counting on compound indexes reads no claim: cheap even for thousands of claims.
        const countOn = async <K extends string>(index: string, keys: readonly K[]) =>
          Object.fromEntries(
            await Promise.all(
              keys.map(
                async (key) =>
                  [key, await db.claims.where(index).equals([rest.id, key]).count()] as const,
              ),
            ),
          ) as Record<K, number>;
        const counts = await countOn('[articleId+verdict]', VERDICTS);
        const states = await countOn('[articleId+reviewState]', REVIEW_STATES);
        return { article: { ...rest, textLength: text.length }, counts, states };
      }),
    );
  });
}

/** Every article, most recently changed first, with claim counts per verdict. */
export async function listArticleSummaries(): Promise<ArticleSummary[]> {
  return readArticleSummaries(await listArticleIds());
}
