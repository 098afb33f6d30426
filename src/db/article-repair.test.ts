import { beforeEach, describe, expect, it } from 'vitest';
import { documentDamage } from '../domain/exchange/document-damage';
import { checkArticle } from '../domain/exchange/stored-record';
import { problemOf } from '../domain/problem';
import { makeArticle } from '../domain/test-data/exchange';
import type { DocumentJson } from '../domain/types';
import { repairArticleDocument } from './article-repair';
import { getArticle } from './articles';
import { db } from './database';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('repairArticleDocument', () => {
  it('rebuilds a document the editor cannot open, keeping it in the text history', async () => {
    const article = makeArticle({ id: 'a1', paragraphs: ['Un.', 'Deux.'] });
    const image = { type: 'doc', content: [{ type: 'image' }] } as DocumentJson;
    // Written around the rule, as an older release or another program could have.
    await db.articles.put({ ...article, doc: image });
    await repairArticleDocument('a1');
    const repaired = (await getArticle('a1'))!;
    expect(documentDamage(repaired)).toBeNull();
    expect(repaired.doc).toEqual(article.doc);
    expect(repaired.textHistory).toEqual([
      { doc: image, text: article.text, replacedAt: repaired.updatedAt },
    ]);
    expect(checkArticle(repaired).ok).toBe(true);
  });

  it('says when the article is gone', async () => {
    const error = await repairArticleDocument('nope').catch((e: unknown) => e);
    expect(problemOf(error)).toEqual({ code: 'article-missing', data: {} });
  });
});
