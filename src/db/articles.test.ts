import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import type { Anchor, DocumentJson } from '../domain/types';
import {
  createArticle,
  deleteArticle,
  getArticle,
  listArticleIds,
  listArticleSummaries,
  readArticleSummaries,
  updateArticleMeta,
} from './articles';
import { createClaim, deleteClaim, listClaims, restoreClaim, updateClaim } from './claims';
import { db } from './database';

const DOC: DocumentJson = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Cloudwatt aurait lui-même demandé son audit' }],
    },
    { type: 'paragraph', content: [{ type: 'text', text: '"Bercy" n\'a pas demandé d\'audit.' }] },
  ],
};
const ANCHOR: Anchor = { exact: 'Cloudwatt', prefix: '', suffix: ' aurait', start: 0, end: 9 };

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('articles', () => {
  it('stores the document with its canonical text', async () => {
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Cloudwatt' }, DOC);
    const stored = await getArticle(article.id);
    expect(stored?.text).toBe(
      'Cloudwatt aurait lui-même demandé son audit\n\n"Bercy" n\'a pas demandé d\'audit.',
    );
    expect(stored?.doc).toEqual(DOC);
  });

  it('lists summaries with counts per verdict, most recent first', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'A' }, DOC);
    const b = await createArticle({ ...emptyArticleMeta(), title: 'B' }, DOC);
    await createClaim(a.id, ANCHOR, 'disputed');
    await createClaim(a.id, ANCHOR, 'disputed');
    await createClaim(a.id, ANCHOR, 'confirmed');
    const summaries = await listArticleSummaries();
    expect(summaries.map((s) => s.article.title)).toEqual(['A', 'B']);
    expect(summaries[0]!.counts).toEqual({ confirmed: 1, disputed: 2, unverified: 0 });
    expect(summaries[1]!.counts).toEqual({ confirmed: 0, disputed: 0, unverified: 0 });
    expect(summaries[0]!.article).not.toHaveProperty('doc');
    expect(b.id).not.toBe(a.id);
  });

  it('reads the summaries of some articles only, in the order asked', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'A' }, DOC);
    const b = await createArticle({ ...emptyArticleMeta(), title: 'B' }, DOC);
    const c = await createArticle({ ...emptyArticleMeta(), title: 'C' }, DOC);
    await createClaim(c.id, ANCHOR, 'unverified');
    await updateClaim((await createClaim(a.id, ANCHOR, 'confirmed')).id, {
      reviewState: 'approved',
    });
    expect((await listArticleIds()).sort()).toEqual([a.id, b.id, c.id].sort());
    const some = await readArticleSummaries([c.id, 'gone', a.id]);
    expect(some.map((s) => [s.article.title, s.counts, s.states])).toEqual([
      [
        'C',
        { confirmed: 0, disputed: 0, unverified: 1 },
        { draft: 1, 'in-review': 0, approved: 0 },
      ],
      [
        'A',
        { confirmed: 1, disputed: 0, unverified: 0 },
        { draft: 0, 'in-review': 0, approved: 1 },
      ],
    ]);
  });

  it('updates metadata and refuses a deleted article', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'A' }, DOC);
    await updateArticleMeta(a.id, { title: 'Renamed', publisher: "L'Usine" });
    expect((await getArticle(a.id))?.title).toBe('Renamed');
    await deleteArticle(a.id);
    await expect(updateArticleMeta(a.id, { title: 'x' })).rejects.toMatchObject({
      code: 'article-missing',
    });
  });

  it('deletes an article with all its claims', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'A' }, DOC);
    const keep = await createArticle({ ...emptyArticleMeta(), title: 'Keep' }, DOC);
    await createClaim(a.id, ANCHOR, 'confirmed');
    await createClaim(keep.id, ANCHOR, 'confirmed');
    await deleteArticle(a.id);
    expect(await getArticle(a.id)).toBeUndefined();
    expect(await listClaims(a.id)).toEqual([]);
    expect(await listClaims(keep.id)).toHaveLength(1);
  });
});

describe('claims', () => {
  it('creates, updates, deletes and restores a claim, bumping the article', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'A' }, DOC);
    const claim = await createClaim(a.id, ANCHOR, 'unverified');
    await updateClaim(claim.id, { verdict: 'disputed', note: 'Bercy dément.\nSource : AFP' });
    const [updated] = await listClaims(a.id);
    expect(updated).toMatchObject({
      verdict: 'disputed',
      note: 'Bercy dément.\nSource : AFP',
      anchor: ANCHOR,
    });
    expect(updated!.updatedAt >= claim.updatedAt).toBe(true);
    expect((await getArticle(a.id))!.updatedAt).toBe(updated!.updatedAt);

    const deleted = await deleteClaim(claim.id);
    expect(await listClaims(a.id)).toEqual([]);
    await restoreClaim(deleted!);
    // Back as it was, its log recording the deletion and the restoration.
    const [restored] = await listClaims(a.id);
    expect(restored).toEqual({
      ...updated,
      log: [
        ...updated!.log,
        expect.objectContaining({ kind: 'delete', fields: [] }),
        expect.objectContaining({ kind: 'restore', fields: [] }),
      ],
      rev: restored!.log.at(-1)!.rev,
      updatedAt: restored!.log.at(-1)!.at,
    });
  });

  it('refuses claims on an article that does not exist, writing nothing', async () => {
    await expect(createClaim('missing', ANCHOR, 'confirmed')).rejects.toMatchObject({
      code: 'article-missing',
    });
    expect(await db.claims.count()).toBe(0);
    await expect(updateClaim('missing', { note: 'x' })).rejects.toMatchObject({
      code: 'claim-missing',
    });
  });

  it('does not restore a claim whose article was deleted', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'A' }, DOC);
    const claim = await createClaim(a.id, ANCHOR, 'confirmed');
    await deleteArticle(a.id);
    await expect(restoreClaim(claim)).rejects.toMatchObject({ code: 'article-deleted' });
    expect(await db.claims.count()).toBe(0);
  });
});
