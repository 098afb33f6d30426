import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeArticle, makeClaim } from '../domain/test-data/exchange';
import type { Snapshot } from '../domain/merge/plan';
import { db, type ArticleRow } from './database';
import { previewTeamJoin } from './team-join';
import { getLocalOnlyArticleIds, getTeamSettings } from './team-settings';
import { fetchTeamCopy } from './team-fetch';
import { VerdictError } from '../domain/problem';

// What the team holds is read from its server (team-fetch.ts, driven end to end by
// e2e/sync-join.spec.ts); here it is given, and what joining stores is checked.
vi.mock('./team-fetch', () => ({ fetchTeamCopy: vi.fn() }));
vi.mock('./sync-local-store', () => ({ replaceStoredDocuments: vi.fn() }));

const SETTINGS = { serverUrl: 'ws://127.0.0.1:1234', team: 'desk', token: 'a-token' };
const URL = 'https://www.example.fr/pont';
const TEAM_PONT = makeArticle({
  id: '00000000-0000-4000-8000-0000000000b1',
  title: 'Le pont',
  sourceUrl: URL,
  paragraphs: ['Le nouveau pont a coûté 14 millions d’euros.'],
});
const TEAM_GARE = makeArticle({
  id: '00000000-0000-4000-8000-0000000000b2',
  title: 'La gare',
  paragraphs: ['La gare accueillera 30 000 voyageurs.'],
});
const TEAM_CLAIM = makeClaim(TEAM_PONT, 'Le nouveau pont', {
  id: '00000000-0000-4000-8000-0000000000c1',
});
/** Bo's copy of the same article under another id, with a claim of his own. */
const MY_PONT = { ...TEAM_PONT, id: '00000000-0000-4000-8000-0000000000d1' };
const MY_CLAIM = makeClaim(MY_PONT, '14 millions', { id: '00000000-0000-4000-8000-0000000000c2' });
const MY_BUDGET = makeArticle({
  id: '00000000-0000-4000-8000-0000000000d2',
  title: 'Le budget',
  paragraphs: ['La dette a baissé de 8 %.'],
});

function teamHolds(snapshot: Snapshot) {
  vi.mocked(fetchTeamCopy).mockResolvedValue({ snapshot, states: new Map() });
}

beforeEach(async () => {
  vi.mocked(fetchTeamCopy).mockClear();
  await db.delete();
  await db.open();
  await db.articles.bulkPut([MY_PONT, MY_BUDGET] as unknown as ArticleRow[]);
  await db.claims.put(MY_CLAIM);
  teamHolds({ articles: [TEAM_PONT, TEAM_GARE], claims: [TEAM_CLAIM], tombstones: [] });
});

describe('joining a team from a library that holds articles', () => {
  it('previews what the team gains and stores nothing until confirmed', async () => {
    const preview = await previewTeamJoin(SETTINGS);
    expect(preview?.summary.articles).toEqual({ new: 1, updated: 0, unchanged: 1, deleted: 0 });
    expect(preview?.summary.claims.new).toBe(1);
    expect(preview?.arriving).toBe(1);
    expect(preview?.newToTeam).toBe(1);
    expect(await getTeamSettings()).toBeNull();
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(
      [MY_PONT.id, MY_BUDGET.id].sort(),
    );
  });

  it('uploads: the library becomes the merged one, under the team’s ids', async () => {
    const preview = await previewTeamJoin(SETTINGS);
    await preview!.apply({}, true);
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(
      [TEAM_PONT.id, TEAM_GARE.id, MY_BUDGET.id].sort(),
    );
    const claims = await db.claims.toArray();
    expect(claims.map((c) => [c.id, c.articleId]).sort()).toEqual(
      [
        [TEAM_CLAIM.id, TEAM_PONT.id],
        [MY_CLAIM.id, TEAM_PONT.id],
      ].sort(),
    );
    expect(await getTeamSettings()).toEqual(SETTINGS);
    expect(await getLocalOnlyArticleIds()).toEqual([]);
  });

  it('without uploading, keeps the articles new to the team out of it', async () => {
    const preview = await previewTeamJoin(SETTINGS);
    await preview!.apply({}, false);
    expect(await getLocalOnlyArticleIds()).toEqual([MY_BUDGET.id]);
    expect(await db.articles.get(MY_BUDGET.id)).toBeDefined();
    expect(await db.articles.get(TEAM_GARE.id)).toBeDefined();
  });

  it('deletes a copy here older than the team’s deletion of it', async () => {
    teamHolds({
      articles: [],
      claims: [],
      tombstones: [
        {
          id: MY_BUDGET.id,
          articleId: MY_BUDGET.id,
          deletedAt: '2025-01-01T00:00:00.000Z',
          deletedBy: 'Ana',
        },
      ],
    });
    const preview = await previewTeamJoin(SETTINGS);
    expect(preview?.newToTeam).toBe(1);
    await preview!.apply({}, true);
    expect(await db.articles.get(MY_BUDGET.id)).toBeUndefined();
    expect(await db.tombstones.get(MY_BUDGET.id)).toMatchObject({ deletedBy: 'Ana' });
    expect(await db.articles.get(MY_PONT.id)).toBeDefined();
  });

  it('rejects with the server’s refusal and stores nothing', async () => {
    vi.mocked(fetchTeamCopy).mockRejectedValue(new VerdictError('token-expired'));
    await expect(previewTeamJoin(SETTINGS)).rejects.toMatchObject({ code: 'token-expired' });
    expect(await getTeamSettings()).toBeNull();
  });

  it('gives no preview to a library without articles', async () => {
    await db.claims.clear();
    await db.articles.clear();
    expect(await previewTeamJoin(SETTINGS)).toBeNull();
    expect(fetchTeamCopy).not.toHaveBeenCalled();
  });
});
