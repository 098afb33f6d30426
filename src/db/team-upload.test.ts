import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeArticle, makeClaim } from '../domain/test-data/exchange';
import { db, type ArticleRow } from './database';
import { getLocalOnlyArticleIds, LOCAL_ONLY_KEY } from './team-settings';
import { teamDeletedArticleIds } from './team-sync';
import { previewUpload } from './team-upload';

// The library document's deletion marks come from the running session (team-sync.ts); here
// they are given, and what uploading stores is read back.
vi.mock('./team-sync', () => ({ teamDeletedArticleIds: vi.fn() }));

const SHARED = makeArticle({ id: '00000000-0000-4000-8000-0000000000b1', title: 'Le pont' });
const KEPT = makeArticle({ id: '00000000-0000-4000-8000-0000000000d1', title: 'Le budget' });
const DELETED = makeArticle({ id: '00000000-0000-4000-8000-0000000000d2', title: 'La gare' });
const KEPT_CLAIM = makeClaim(KEPT, 'Un texte court', {
  id: '00000000-0000-4000-8000-0000000000c1',
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.articles.bulkPut([SHARED, KEPT, DELETED] as unknown as ArticleRow[]);
  await db.claims.put(KEPT_CLAIM);
  await db.settings.put({ key: LOCAL_ONLY_KEY, value: [KEPT.id, DELETED.id] });
  vi.mocked(teamDeletedArticleIds).mockReturnValue([DELETED.id]);
});

describe('uploading the articles kept out of the team', () => {
  it('previews them, then shares them; one the team deleted stays out', async () => {
    const preview = await previewUpload();
    expect(preview?.summary.articles.new).toBe(1);
    expect(preview?.summary.claims.new).toBe(1);
    expect(await getLocalOnlyArticleIds()).toEqual([KEPT.id, DELETED.id]);
    await preview!.apply({}, true);
    expect(await getLocalOnlyArticleIds()).toEqual([DELETED.id]);
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(
      [SHARED.id, KEPT.id, DELETED.id].sort(),
    );
    expect(await db.claims.get(KEPT_CLAIM.id)).toEqual(KEPT_CLAIM);
  });

  it('offers nothing when only articles the team deleted are kept out', async () => {
    await db.settings.put({ key: LOCAL_ONLY_KEY, value: [DELETED.id] });
    expect(await previewUpload()).toBeNull();
  });

  it('is refused while no session runs', async () => {
    vi.mocked(teamDeletedArticleIds).mockReturnValue(null);
    await expect(previewUpload()).rejects.toMatchObject({ code: 'token-invalid' });
  });
});
