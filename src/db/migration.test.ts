import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import v1 from './fixtures/v1.json';
import { VerdictDatabase } from './database';

/** The stores of schema version 1, exactly as version 1 of Verdict declared them. */
const V1_STORES = {
  articles: 'id, updatedAt, title',
  claims: 'id, articleId, verdict, updatedAt, [articleId+verdict]',
};

async function seedVersion1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.open();
  await old.table('articles').bulkAdd(v1.articles);
  await old.table('claims').bulkAdd(v1.claims);
  old.close();
}

describe('schema migrations', () => {
  it('opens a version-1 database with the current code and keeps every record', async () => {
    const name = `migration-v1-${crypto.randomUUID()}`;
    await seedVersion1(name);
    const current = new VerdictDatabase(name);
    await current.open();
    expect(current.verno).toBe(2);

    const articles = await current.articles.toArray();
    expect(articles).toHaveLength(v1.articles.length);
    expect(articles[0]).toMatchObject({ ...v1.articles[0], textHistory: [] });

    const claims = await current.claims.toArray();
    expect(claims).toHaveLength(v1.claims.length);
    // Every v1 field kept as it was, and the v2 details filled with their defaults.
    expect(claims[0]).toMatchObject(v1.claims[0]!);
    expect(claims[0]).toMatchObject({
      evidence: [],
      tags: [],
      claimant: '',
      reviewState: 'draft',
      history: [],
      createdBy: '',
    });
    // The new indexes work on migrated rows.
    expect(await current.claims.where('reviewState').equals('draft').count()).toBe(1);
    expect(await current.tombstones.count()).toBe(0);
    current.close();
  });

  it('keeps every declared version so that any older database can be upgraded', () => {
    const current = new VerdictDatabase(`versions-${crypto.randomUUID()}`);
    // Dexie keeps the declared versions; none may ever be removed.
    const versions = (current as unknown as { _versions: { _cfg: { version: number } }[] })
      ._versions;
    expect(versions.map((v) => v._cfg.version)).toEqual([1, 2]);
  });
});
