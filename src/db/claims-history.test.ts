import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import { claimVersion } from '../domain/claims/claim';
import { RESTORED_BECAUSE } from '../domain/claims/claim-history';
import type { Anchor, Claim, DocumentJson, Evidence } from '../domain/types';
import { createArticle, getArticle } from './articles';
import {
  createClaim,
  listClaims,
  removeEvidence,
  restoreClaimVersion,
  saveEvidence,
  updateClaim,
} from './claims';
import { db } from './database';
import { saveReviewerSettings } from './settings';

const DOC: DocumentJson = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Cloudwatt a demandé un audit' }] },
  ],
};
const ANCHOR: Anchor = { exact: 'Cloudwatt', prefix: '', suffix: ' a demandé', start: 0, end: 9 };
const SOURCE: Evidence = {
  id: 'e1',
  url: 'https://www.example.org/communique',
  title: 'Communiqué',
  stance: 'refutes',
  note: '',
};

const reviewer = (reviewerName: string) =>
  saveReviewerSettings({ reviewerName, organisationName: '', organisationUrl: '' });

/** A claim of a new article whose history holds two earlier versions (newest first). */
async function claimWithHistory(): Promise<Claim> {
  const article = await createArticle({ ...emptyArticleMeta(), title: 'Audit' }, DOC);
  const claim = await createClaim(article.id, ANCHOR, 'unverified');
  const older: Claim = {
    ...claim,
    verdict: 'disputed',
    note: 'Première lecture',
    tags: ['Cloud'],
    updatedAt: '2026-01-01T10:00:00.000Z',
    updatedBy: 'Alix',
  };
  const newer: Claim = {
    ...claim,
    verdict: 'confirmed',
    note: 'Deuxième lecture',
    updatedAt: '2026-01-02T10:00:00.000Z',
    updatedBy: 'Bao',
  };
  const history = [
    claimVersion(newer, 'import merge'),
    claimVersion(older, 'edited in another tab'),
  ];
  await db.claims.update(claim.id, { history, note: 'Lecture actuelle', updatedBy: 'Chloé' });
  return (await db.claims.get(claim.id))!;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('restoreClaimVersion', () => {
  it('makes a version current and keeps the current one first in the history', async () => {
    await reviewer('Dana');
    const before = await claimWithHistory();
    await restoreClaimVersion(before.id, 1);
    const after = (await db.claims.get(before.id))!;

    expect(after.verdict).toBe('disputed');
    expect(after.note).toBe('Première lecture');
    expect(after.tags).toEqual(['Cloud']);
    expect(after.updatedBy).toBe('Dana');
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.history).toHaveLength(2);
    expect(after.history[0]).toMatchObject({
      verdict: 'unverified',
      note: 'Lecture actuelle',
      updatedBy: 'Chloé',
      updatedAt: before.updatedAt,
      replacedBecause: RESTORED_BECAUSE,
    });
    expect(after.history[1]).toEqual(before.history[0]);
    // The article's last change moves with it.
    expect((await getArticle(before.articleId))?.updatedAt).toBe(after.updatedAt);
  });

  it('can be undone by restoring the version it set aside', async () => {
    const before = await claimWithHistory();
    await restoreClaimVersion(before.id, 0);
    await restoreClaimVersion(before.id, 0);
    const after = (await db.claims.get(before.id))!;
    expect(after.note).toBe('Lecture actuelle');
    expect(after.verdict).toBe('unverified');
    expect(after.history.map((v) => v.note)).toEqual(['Deuxième lecture', 'Première lecture']);
  });

  it('refuses a version that is not there, or no longer the one shown, and changes nothing', async () => {
    const before = await claimWithHistory();
    await expect(restoreClaimVersion(before.id, 2)).rejects.toMatchObject({
      code: 'version-missing',
    });
    await expect(
      restoreClaimVersion(before.id, 0, {
        updatedAt: 'elsewhere',
        replacedBecause: 'import merge',
      }),
    ).rejects.toMatchObject({ code: 'version-missing' });
    await expect(restoreClaimVersion('missing', 0)).rejects.toMatchObject({
      code: 'claim-missing',
    });
    expect(await db.claims.get(before.id)).toEqual(before);
  });
});

describe('claim details', () => {
  it('adds, replaces and removes sources, recording who changed the claim', async () => {
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Audit' }, DOC);
    const claim = await createClaim(article.id, ANCHOR, 'disputed');
    expect(claim.createdBy).toBe('');
    await reviewer('Camille');

    await saveEvidence(claim.id, SOURCE);
    await saveEvidence(claim.id, { ...SOURCE, id: 'e2', url: 'http://example.org/b' });
    await saveEvidence(claim.id, { ...SOURCE, title: 'Communiqué officiel' });
    let stored = (await db.claims.get(claim.id))!;
    expect(stored.evidence.map((e) => [e.id, e.title])).toEqual([
      ['e1', 'Communiqué officiel'],
      ['e2', 'Communiqué'],
    ]);
    expect(stored.updatedBy).toBe('Camille');
    expect(stored.createdBy).toBe('');

    await removeEvidence(claim.id, 'e1');
    await removeEvidence(claim.id, 'e1');
    stored = (await db.claims.get(claim.id))!;
    expect(stored.evidence.map((e) => e.id)).toEqual(['e2']);
  });

  it.each([
    ['javascript:alert(1)'],
    ['ftp://example.org/file'],
    ['example'],
    [''],
    ['data:text/html,<p>x</p>'],
  ])('refuses the source link %j', async (url) => {
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Audit' }, DOC);
    const claim = await createClaim(article.id, ANCHOR, 'disputed');
    await expect(saveEvidence(claim.id, { ...SOURCE, url })).rejects.toThrow();
    expect((await db.claims.get(claim.id))!.evidence).toEqual([]);
  });

  it('stores tags, claimant and claim date with the editor name', async () => {
    await reviewer('Camille');
    const article = await createArticle({ ...emptyArticleMeta(), title: 'Audit' }, DOC);
    const claim = await createClaim(article.id, ANCHOR, 'disputed');
    expect(claim.createdBy).toBe('Camille');
    await reviewer('Dana');
    await updateClaim(claim.id, {
      tags: ['Cloud', 'Audit'],
      claimant: 'Bercy',
      claimDate: '2026-03-04',
    });
    const stored = (await db.claims.get(claim.id))!;
    expect(stored).toMatchObject({
      tags: ['Cloud', 'Audit'],
      claimant: 'Bercy',
      claimDate: '2026-03-04',
      createdBy: 'Camille',
      updatedBy: 'Dana',
    });
    expect(await db.claims.where('tags').equals('Audit').primaryKeys()).toEqual([claim.id]);
  });
});

describe('concurrent edits in two tabs', () => {
  it('keeps the version another tab saved meanwhile in history', async () => {
    const { id: articleId } = await createArticle(
      { ...emptyArticleMeta(), title: 'Deux onglets' },
      DOC,
    );
    const claim = await createClaim(articleId, ANCHOR, 'unverified');
    // Tab A began editing the note of this revision…
    const base = claim.updatedAt;
    // …while tab B saved a verdict change.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateClaim(claim.id, { verdict: 'disputed', note: 'Note de B' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateClaim(claim.id, { note: 'Note de A' }, base);
    const [after] = await listClaims(articleId);
    expect(after).toMatchObject({ note: 'Note de A', verdict: 'disputed' });
    expect(after!.history).toHaveLength(1);
    expect(after!.history[0]).toMatchObject({
      note: 'Note de B',
      replacedBecause: expect.stringContaining('another tab'),
    });
  });

  it('adds no history when nothing changed in between', async () => {
    const { id: articleId } = await createArticle(
      { ...emptyArticleMeta(), title: 'Deux onglets' },
      DOC,
    );
    const claim = await createClaim(articleId, ANCHOR, 'unverified');
    await updateClaim(claim.id, { note: 'Seule' }, claim.updatedAt);
    const [after] = await listClaims(articleId);
    expect(after!.history).toEqual([]);
  });
});
