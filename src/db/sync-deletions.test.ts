import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import type { Anchor, DocumentJson } from '../domain/types';
import { createArticle, deleteArticle, getArticle } from './articles';
import { createClaim } from './claims';
import { db } from './database';
import { applyTeamDeletion, localArticleDeletions } from './sync-deletions';
import { getLocalOnlyArticleIds } from './team-settings';

const DOC: DocumentJson = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Le pont a coûté 14 millions.' }] },
  ],
};
const ANCHOR: Anchor = { exact: 'Le pont', prefix: '', suffix: ' a coûté', start: 0, end: 7 };

/** An article with one claim, both changed at `at`. */
async function articleWithClaim(at: string) {
  const article = await createArticle({ ...emptyArticleMeta(), title: 'Le pont' }, DOC);
  const claim = await createClaim(article.id, ANCHOR, 'disputed');
  await db.articles.update(article.id, { updatedAt: at });
  await db.claims.update(claim.id, { updatedAt: at });
  return { article, claim };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe("a team's article deletion", () => {
  it('deletes an article changed before it, with a tombstone for it and each claim', async () => {
    const { article, claim } = await articleWithClaim('2026-12-01T10:00:00.000Z');
    const deletion = { id: article.id, deletedAt: '2026-12-01T11:00:00.000Z', deletedBy: 'Ana' };
    expect(await applyTeamDeletion(deletion)).toBe('deleted');
    expect(await getArticle(article.id)).toBeUndefined();
    expect(await db.claims.get(claim.id)).toBeUndefined();
    const tombstones = await db.tombstones.where('articleId').equals(article.id).toArray();
    expect(tombstones.map((t) => [t.id, t.deletedAt, t.deletedBy]).sort()).toEqual(
      [
        [article.id, deletion.deletedAt, 'Ana'],
        [claim.id, deletion.deletedAt, 'Ana'],
      ].sort(),
    );
    expect(await localArticleDeletions([article.id])).toEqual([deletion]);
    // Applied again (at the next start): nothing more to do.
    expect(await applyTeamDeletion(deletion)).toBe('absent');
  });

  it('keeps an article whose claim changed after the deletion, out of the team', async () => {
    const { article, claim } = await articleWithClaim('2026-12-01T10:00:00.000Z');
    await db.claims.update(claim.id, { updatedAt: '2026-12-01T12:00:00.000Z' });
    const deletion = { id: article.id, deletedAt: '2026-12-01T11:00:00.000Z', deletedBy: 'Ana' };
    expect(await applyTeamDeletion(deletion)).toBe('kept');
    expect(await getArticle(article.id)).toBeDefined();
    expect(await db.claims.get(claim.id)).toBeDefined();
    expect(await db.tombstones.count()).toBe(0);
    expect(await getLocalOnlyArticleIds()).toEqual([article.id]);
    expect(await applyTeamDeletion(deletion)).toBe('kept');
    expect(await getLocalOnlyArticleIds()).toEqual([article.id]);
    expect(await localArticleDeletions([article.id])).toEqual([]);
  });

  it('marks only articles gone through a deletion, not unknown ones', async () => {
    const { article } = await articleWithClaim('2026-12-01T10:00:00.000Z');
    const kept = await articleWithClaim('2026-12-01T10:00:00.000Z');
    await deleteArticle(article.id);
    const marks = await localArticleDeletions([article.id, kept.article.id, 'never-here']);
    expect(marks.map((mark) => mark.id)).toEqual([article.id]);
  });
});
