import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import { recordChange } from '../domain/claims/change-log';
import type { Anchor, DocumentJson } from '../domain/types';
import { createArticle } from './articles';
import { createClaim, deleteClaim, listClaims, updateClaim } from './claims';
import { db } from './database';
import { LOCAL_ORIGIN, publishArticle, storeRemoteArticle } from './sync-bridge';
import { applyClaimsToYDoc, readArticleFromYDoc } from './sync-doc';
import { teamSettingsProblem } from './team-settings';

const DOC: DocumentJson = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Le pont a coûté 14 millions.' }] },
  ],
};
const ANCHOR: Anchor = { exact: 'Le pont', prefix: '', suffix: ' a coûté', start: 0, end: 7 };

beforeEach(async () => {
  await db.delete();
  await db.open();
});

/** A second member's copy of a document, kept in step with the first. */
function peer(ydoc: Y.Doc): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
  return other;
}

describe('the sync bridge', () => {
  it('publishes a local article, stores a remote change, and sends nothing back', async () => {
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Le pont' }, DOC);
    const claim = await createClaim(article.id, ANCHOR, 'disputed');
    const ydoc = new Y.Doc();
    const base = await publishArticle(ydoc, article.id, null);
    expect(readArticleFromYDoc(ydoc)?.claims.map((c) => c.verdict)).toEqual(['disputed']);

    // Another member confirms the claim; the update arrives here.
    const remote = peer(ydoc);
    const changed = readArticleFromYDoc(remote)!.claims[0]!;
    applyClaimsToYDoc(remote, [{ ...changed, verdict: 'confirmed' }], [], {
      base: [changed],
    });
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(ydoc)), 'server');
    const next = await storeRemoteArticle(ydoc, base);
    expect((await listClaims(article.id)).map((c) => [c.id, c.verdict])).toEqual([
      [claim.id, 'confirmed'],
    ]);

    // Publishing what was just stored writes nothing: no echo.
    const updates: unknown[] = [];
    ydoc.on('update', (_update: Uint8Array, origin: unknown) => updates.push(origin));
    await publishArticle(ydoc, article.id, next);
    expect(updates).toEqual([]);

    // A local change after it is published, and only it.
    await updateClaim(claim.id, { note: 'Budget initial: 7 millions.' });
    await publishArticle(ydoc, article.id, next);
    expect(updates).toEqual([LOCAL_ORIGIN]);
    expect(readArticleFromYDoc(peer(ydoc))?.claims[0]?.note).toBe('Budget initial: 7 millions.');
  });

  it('deletes a claim a remote tombstone deleted', async () => {
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Le pont' }, DOC);
    const claim = await createClaim(article.id, ANCHOR, 'disputed');
    const ydoc = new Y.Doc();
    const base = await publishArticle(ydoc, article.id, null);
    const remote = peer(ydoc);
    // The other member deletes it (their local deletion leaves a tombstone, published).
    await deleteClaim(claim.id);
    const tombstones = await db.tombstones.toArray();
    applyClaimsToYDoc(remote, [], tombstones);
    await db.tombstones.clear();
    await db.claims.put(claim);
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(ydoc)), 'server');
    await storeRemoteArticle(ydoc, base);
    expect(await listClaims(article.id)).toEqual([]);
    expect((await db.tombstones.toArray()).map((t) => t.id)).toEqual([claim.id]);
  });
});

describe('claims changed apart', () => {
  it('are stored settled, and the settlement is published once', async () => {
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Le pont' }, DOC);
    const claim = await createClaim(article.id, ANCHOR, 'unverified');
    const ydoc = new Y.Doc();
    const base = await publishArticle(ydoc, article.id, null);
    const remote = peer(ydoc);
    // Here, offline: disputed. There, later: confirmed. Then the other member's update arrives.
    await updateClaim(claim.id, { verdict: 'disputed' });
    const mine = await publishArticle(ydoc, article.id, base);
    const theirs = readArticleFromYDoc(remote)!.claims[0]!;
    const later = new Date(Date.now() + 60_000).toISOString();
    const confirmed = recordChange(
      theirs,
      { verdict: 'confirmed' },
      { by: 'Bo', at: later, rev: 'b1' },
    );
    applyClaimsToYDoc(remote, [confirmed], [], { base: [theirs] });
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(ydoc)), 'server');
    const stored = await storeRemoteArticle(ydoc, mine);

    const [settled] = await listClaims(article.id);
    expect(settled).toMatchObject({ verdict: 'confirmed', updatedBy: 'Bo' });
    expect(settled!.log.at(-1)).toMatchObject({
      kind: 'merge',
      fields: [{ field: 'verdict', before: 'disputed', after: 'confirmed' }],
    });
    // Published from what the document held: the join goes to the team, then nothing more.
    await publishArticle(ydoc, article.id, stored);
    expect(readArticleFromYDoc(peer(ydoc))!.claims[0]!.rev).toBe(settled!.rev);
    const updates: unknown[] = [];
    ydoc.on('update', (_update: Uint8Array, origin: unknown) => updates.push(origin));
    const next = await storeRemoteArticle(ydoc, stored);
    await publishArticle(ydoc, article.id, next);
    expect(updates).toEqual([]);
  });
});

describe('the team form', () => {
  const valid = { serverUrl: 'wss://sync.example.org', team: 'desk-1', token: 'x.y.z' };
  it('takes wss:// anywhere and ws:// on this machine only', () => {
    expect(teamSettingsProblem(valid)).toBeNull();
    expect(teamSettingsProblem({ ...valid, serverUrl: 'ws://127.0.0.1:1234' })).toBeNull();
    expect(teamSettingsProblem({ ...valid, serverUrl: 'ws://sync.example.org' })?.code).toBe(
      'team-url-invalid',
    );
    expect(teamSettingsProblem({ ...valid, serverUrl: 'https://x.org' })?.code).toBe(
      'team-url-invalid',
    );
  });
  it('names what is missing or wrong', () => {
    expect(teamSettingsProblem({ ...valid, team: 'Desk 1' })?.code).toBe('team-name-invalid');
    expect(teamSettingsProblem({ ...valid, token: ' ' })?.code).toBe('token-missing');
  });
});
