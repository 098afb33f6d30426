import { beforeEach, describe, expect, it } from 'vitest';
import { buildBundle, type Bundle } from '../domain/exchange/bundle';
import { makeArticle, makeClaim, makeTombstone } from '../domain/test-data/exchange';
import type { Article, Claim } from '../domain/types';
import { readBackupText } from './backup';
import { db } from './database';
import { readSnapshot } from './exchange';
import { saveReviewerSettings } from './settings';

const NOW = new Date('2024-03-10T12:00:00.000Z');
const hex = (n: number) => n.toString(16).padStart(12, '0');

/** 100 articles, stored out of id order, with a few claims each, and claims of no article. */
async function storeLibrary(): Promise<void> {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (let n = 0; n < 100; n++) {
    const article = makeArticle({
      id: `00000000-0000-4000-8000-${hex((n * 37) % 100)}`,
      title: `Article ${n}`,
      createdAt: `2024-03-01T08:00:${String(59 - (n % 60)).padStart(2, '0')}.000Z`,
      paragraphs: ['Le taux de chômage a « baissé » de 2 % l’an dernier.'],
    });
    articles.push(article);
    for (const [k, quote] of ['baissé', 'chômage', 'Le taux'].entries()) {
      claims.push(makeClaim(article, quote, { id: `00000000-0000-4000-9${k}00-${hex(n)}` }));
    }
  }
  const lost = (articleId: string, id: string): Claim => ({
    ...claims[0]!,
    articleId,
    id: `00000000-0000-4000-a000-${id}`,
  });
  claims.push(lost('00000000-0000-4000-8000-ffffffffffff', 'aaaaaaaaaaaa'));
  claims.push(lost('00000000-0000-4000-7000-000000000000', 'bbbbbbbbbbbb'));
  await db.articles.bulkPut(articles);
  await db.claims.bulkPut(claims);
  await db.tombstones.bulkPut([
    makeTombstone({ ...claims[5]!, id: '00000000-0000-4000-b000-000000000002' }, NOW.toISOString()),
    makeTombstone({ ...claims[1]!, id: '00000000-0000-4000-b000-000000000001' }, NOW.toISOString()),
  ]);
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await saveReviewerSettings({ reviewerName: 'Léa', organisationName: '', organisationUrl: '' });
});

describe('readBackupText', () => {
  it('writes the library as the bundle of all it stores, in the bundle order', async () => {
    await storeLibrary();
    const written = JSON.parse((await readBackupText(null, NOW)).join('')) as Bundle;
    const expected = await buildBundle({
      ...(await readSnapshot()),
      exportedBy: 'Léa',
      now: NOW.toISOString(),
    });
    expect(written).toEqual(expected);
    expect(written.claims).toHaveLength(302);
    expect(written.claims[0]!.id).toBe('00000000-0000-4000-a000-bbbbbbbbbbbb');
    expect(written.claims.at(-1)!.id).toBe('00000000-0000-4000-a000-aaaaaaaaaaaa');
  });

  it('writes one article with its own claims and tombstones', async () => {
    await storeLibrary();
    const { articles, claims, tombstones } = await readSnapshot();
    const article = articles.find((a) => a.title === 'Article 7')!;
    const written = JSON.parse((await readBackupText(article.id, NOW)).join('')) as Bundle;
    expect(written.articles.map((a) => a.title)).toEqual(['Article 7']);
    expect(written.claims).toEqual(
      (
        await buildBundle({
          articles: [],
          claims: claims.filter((c) => c.articleId === article.id),
          tombstones: [],
          exportedBy: '',
          now: '',
        })
      ).claims,
    );
    expect(written.tombstones).toEqual(tombstones.filter((t) => t.articleId === article.id));
  });

  it('writes an empty library', async () => {
    const text = (await readBackupText(null, NOW)).join('');
    expect(text).toContain('  "articles": [],\n  "claims": [],\n  "tombstones": []\n}\n');
    expect(JSON.parse(text)).toMatchObject({ exportedBy: 'Léa', articles: [], claims: [] });
  });
});
