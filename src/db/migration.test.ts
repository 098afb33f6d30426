import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import v4 from './fixtures/v4.json';
import { checkArticle, checkClaim, checkTombstone } from '../domain/exchange/stored-record';
import { VerdictDatabase } from './database';

/** The stores of schema version 1, exactly as version 1 of Verdict declared them. */
const V1_STORES = {
  articles: 'id, updatedAt, title',
  claims: 'id, articleId, verdict, updatedAt, [articleId+verdict]',
};

/** The stores of schema version 2, exactly as version 2 declared them. */
const V2_STORES = {
  articles: 'id, updatedAt, title, sourceUrl',
  claims: 'id, articleId, verdict, updatedAt, [articleId+verdict], reviewState, *tags',
  tombstones: 'id, articleId, deletedAt',
  settings: 'key',
};

/** The stores of schema version 3, exactly as version 3 declared them (v2 plus an index). */
const V3_STORES = {
  ...V2_STORES,
  claims:
    'id, articleId, verdict, updatedAt, [articleId+verdict], reviewState, *tags, [articleId+reviewState]',
};

/** The stores of schema version 4, exactly as version 4 declared them (v3 less three indexes). */
const V4_STORES = {
  ...V3_STORES,
  claims: 'id, articleId, [articleId+verdict], *tags, [articleId+reviewState]',
};

/** The indexes of the claims table as the current code declares them. */
const CURRENT_CLAIM_INDEXES = [
  '[articleId+reviewState]',
  '[articleId+verdict]',
  'articleId',
  'tags',
];

/** Every version's stores in order: a database of version N declares the first N. */
const STORES_BY_VERSION = [V1_STORES, V2_STORES, V3_STORES, V4_STORES];

/** Creates a database of an earlier schema version holding a fixture's rows, table by table. */
async function seedVersion(
  name: string,
  version: number,
  rows: Record<string, readonly object[]>,
): Promise<void> {
  const old = new Dexie(name);
  STORES_BY_VERSION.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  for (const [table, records] of Object.entries(rows)) await old.table(table).bulkAdd(records);
  old.close();
}

/**
 * A claim stored before v6 as v6 keeps it: no rating, an empty log (its past is unknown), no
 * comments, and a revision derived from its content.
 */
function withReviewRecord<T extends object>(claim: T) {
  return {
    ...claim,
    rating: '',
    log: [],
    comments: [],
    rev: expect.stringMatching(/^legacy-[0-9a-f]{16}$/) as unknown,
  };
}

describe('schema migrations', () => {
  it('opens a version-1 database with the current code and keeps every record', async () => {
    const name = `migration-v1-${crypto.randomUUID()}`;
    await seedVersion(name, 1, { articles: v1.articles, claims: v1.claims });
    const current = new VerdictDatabase(name);
    await current.open();
    expect(current.verno).toBe(6);

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
    expect(
      await current.claims
        .where('[articleId+verdict]')
        .equals([v1.articles[0]!.id, v1.claims[0]!.verdict])
        .count(),
    ).toBe(1);
    expect(
      await current.claims
        .where('[articleId+reviewState]')
        .equals([v1.articles[0]!.id, 'draft'])
        .count(),
    ).toBe(1);
    expect(await current.tombstones.count()).toBe(0);
    current.close();
  });

  it('opens a version-2 database with the current code and keeps every record', async () => {
    const name = `migration-v2-${crypto.randomUUID()}`;
    const { articles, claims, tombstones, settings } = v2;
    await seedVersion(name, 2, { articles, claims, tombstones, settings });

    const current = new VerdictDatabase(name);
    await current.open();
    expect(await current.articles.toArray()).toEqual(v2.articles);
    expect(await current.claims.toArray()).toEqual(v2.claims.map(withReviewRecord));
    expect(await current.tombstones.toArray()).toEqual(v2.tombstones);
    expect(await current.settings.toArray()).toEqual(v2.settings);
    expect(
      await current.claims
        .where('[articleId+reviewState]')
        .equals([v2.articles[0]!.id, 'in-review'])
        .count(),
    ).toBe(1);
    current.close();
  });

  it('opens a version-3 database with the current code, keeps every record and drops unused indexes', async () => {
    const name = `migration-v3-${crypto.randomUUID()}`;
    const { articles, claims, tombstones, settings } = v3;
    await seedVersion(name, 3, { articles, claims, tombstones, settings });

    const current = new VerdictDatabase(name);
    await current.open();
    expect(current.verno).toBe(6);
    expect(await current.articles.toArray()).toEqual(v3.articles);
    expect(await current.claims.toArray()).toEqual(v3.claims.map(withReviewRecord));
    expect(await current.tombstones.toArray()).toEqual(v3.tombstones);
    expect(await current.settings.toArray()).toEqual(v3.settings);
    // The indexes IndexedDB itself keeps, not only the ones Dexie declares.
    const store = current.backendDB().transaction('claims').objectStore('claims');
    expect([...store.indexNames].sort()).toEqual(CURRENT_CLAIM_INDEXES);
    // The indexes the library's counts and the tag list read still answer on migrated rows.
    const articleId = v3.articles[0]!.id;
    expect(
      await current.claims.where('[articleId+reviewState]').equals([articleId, 'approved']).count(),
    ).toBe(1);
    expect(
      await current.claims.where('[articleId+verdict]').equals([articleId, 'disputed']).count(),
    ).toBe(1);
    // Keys come in IndexedDB's order (code units: capitals first).
    expect(await current.claims.orderBy('tags').uniqueKeys()).toEqual(['Bercy', 'audit']);
    current.close();
  });

  it('opens a version-4 database and brings every record into the stored-data rule', async () => {
    const name = `migration-v4-${crypto.randomUUID()}`;
    const { articles, claims, tombstones, settings } = v4;
    await seedVersion(name, 4, { articles, claims, tombstones, settings });

    const current = new VerdictDatabase(name);
    await current.open();
    expect(current.verno).toBe(6);
    const stored = {
      articles: await current.articles.toArray(),
      claims: await current.claims.toArray(),
      tombstones: await current.tombstones.toArray(),
    };
    // Every record is one a backup restores.
    expect(stored.articles.filter((a) => !checkArticle(a).ok)).toEqual([]);
    expect(stored.claims.filter((c) => !checkClaim(c).ok)).toEqual([]);
    expect(stored.tombstones.filter((t) => !checkTombstone(t).ok)).toEqual([]);
    expect(stored.articles).toHaveLength(articles.length);
    expect(stored.claims).toHaveLength(claims.length);
    // What already kept the rule is untouched.
    expect(stored.articles).toContainEqual(articles[0]);
    expect(stored.claims).toContainEqual(withReviewRecord(claims[0]!));
    expect(stored.tombstones).toContainEqual(tombstones[0]);
    expect(await current.settings.toArray()).toEqual(settings);

    // An id outside the alphabet gets a new one, and its claims follow it.
    const renamed = stored.articles.find((a) => a.title === articles[1]!.title)!;
    expect(renamed.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(renamed).toMatchObject({
      sourceUrl: 'https://www.example.fr/monde',
      publishedAt: '',
      createdAt: '2024-03-01T09:00:00.000Z',
      updatedAt: '2024-03-01T12:00:00.000Z',
      text: articles[1]!.text,
    });
    // A document the editor cannot open is rebuilt from the text, the old one kept.
    expect(renamed.textHistory).toEqual([
      { doc: articles[1]!.doc, text: articles[1]!.text, replacedAt: expect.any(String) },
    ]);
    const mismatch = stored.articles.find((a) => a.id === articles[2]!.id)!;
    expect(mismatch.text).toBe(articles[2]!.text);
    expect(mismatch.textHistory).toEqual([
      { doc: articles[2]!.doc, text: articles[2]!.text, replacedAt: expect.any(String) },
      { ...articles[2]!.textHistory[0], replacedAt: '2024-02-01T08:00:00.000Z' },
    ]);

    const moved = stored.claims.find((c) => c.anchor.exact === 'Premier')!;
    expect(moved).toMatchObject({
      articleId: renamed.id,
      approvedAt: '',
      claimDate: '',
      createdAt: '2024-03-02T09:00:00.000Z',
      updatedAt: '2024-03-02T09:00:00.000Z',
    });
    expect(moved.evidence[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored.claims.map((c) => c.id)).not.toContain('claim #2');
    const articleTombstone = stored.tombstones.find(
      (t) => t.id === t.articleId && t.id !== tombstones[0]!.id,
    )!;
    expect(articleTombstone).toMatchObject({ deletedAt: '2024-03-01T10:00:00.000Z' });
    expect(articleTombstone.id).toMatch(/^[0-9a-f-]{36}$/);
    current.close();
  });

  it('gives claims stored before v6 a revision of their content: same words, same revision', async () => {
    const name = `migration-v5-${crypto.randomUUID()}`;
    const { articles, claims, tombstones, settings } = v4;
    const first = { ...claims[0]!, id: '0f1e2d3c-4b5a-4968-8776-655443322110' };
    const twin = { ...first, id: '0f1e2d3c-4b5a-4968-8776-655443322111' };
    const other = { ...first, id: '0f1e2d3c-4b5a-4968-8776-655443322112', note: 'Autre' };
    await seedVersion(name, 4, { articles, claims: [first, twin, other], tombstones, settings });
    const current = new VerdictDatabase(name);
    await current.open();
    const [a, b, c] = await current.claims.bulkGet([first.id, twin.id, other.id]);
    expect(a!.rev).toMatch(/^legacy-/);
    expect(b!.rev).toBe(a!.rev);
    expect(c!.rev).not.toBe(a!.rev);
    expect([a, b, c].every((claim) => checkClaim(claim).ok)).toBe(true);
    current.close();
  });

  it('keeps every declared version so that any older database can be upgraded', () => {
    const current = new VerdictDatabase(`versions-${crypto.randomUUID()}`);
    // Dexie keeps the declared versions; none may ever be removed.
    const versions = (current as unknown as { _versions: { _cfg: { version: number } }[] })
      ._versions;
    expect(versions.map((v) => v._cfg.version)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
