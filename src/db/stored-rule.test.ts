import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import { problemOf } from '../domain/problem';
import { docOf, makeArticle, makeClaim } from '../domain/test-data/exchange';
import type { Anchor, Article, Claim, DocumentJson } from '../domain/types';
import { createArticle, updateArticleMeta } from './articles';
import { saveArticleText } from './article-text';
import { writeClaimState } from './claim-undo';
import { createClaim, restoreClaim, saveEvidence, updateClaim } from './claims';
import { db } from './database';
import { applyMergePlan, CheckedRecords, readSnapshot } from './exchange';

// The writes of the UI keep the stored-data rule (src/domain/exchange/stored-record.ts): a value
// it refuses is a problem by code, and nothing is written.

const ARTICLE = makeArticle({ id: 'a1', title: 'Cloudwatt', paragraphs: ['Un deux trois.'] });
const CLAIM = makeClaim(ARTICLE, 'deux', { id: 'c1' });
const ANCHOR: Anchor = { exact: 'Un', prefix: '', suffix: ' deux', start: 0, end: 2 };
const IMAGE = { type: 'doc', content: [{ type: 'image' }] } as DocumentJson;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.articles.put(ARTICLE);
  await db.claims.put(CLAIM);
});

const emptyPlan = () => ({
  articles: { new: [] as Article[], updated: [] as Article[], unchanged: 0, deleted: [] },
  claims: {
    new: [] as Claim[],
    updated: [] as Claim[],
    unchanged: 0,
    conflicts: 0,
    notFound: 0,
    deleted: [],
    tombstonesApplied: 0,
  },
  rows: [],
  tombstones: [],
  problems: [],
});

describe('a write the stored-data rule refuses', () => {
  it.each<[string, () => Promise<unknown>, string, Record<string, string>]>([
    [
      'a new article with an unknown node',
      () => createArticle({ ...emptyArticleMeta(), title: 'x' }, IMAGE),
      'invalid-document',
      { field: 'doc.content[0]' },
    ],
    [
      'a publication date that does not exist',
      () => updateArticleMeta('a1', { publishedAt: '2024-02-30' }),
      'invalid-date',
      { field: 'publishedAt' },
    ],
    [
      'a source that is not a web address',
      () => updateArticleMeta('a1', { sourceUrl: 'ftp://x.org/a' }),
      'invalid-url',
      { field: 'sourceUrl' },
    ],
    [
      'a document that does not give its text',
      () => saveArticleText('a1', { doc: docOf(['Un deux.']), text: 'Un.', anchors: [] }, true),
      'document-text-mismatch',
      { title: 'Cloudwatt' },
    ],
    [
      'an approval time that is a year',
      () => updateClaim('c1', { reviewState: 'approved', approvedAt: '2024' }),
      'invalid-time',
      { field: 'approvedAt' },
    ],
    [
      'a claim id with a space',
      () => createClaim('a1', ANCHOR, 'confirmed', 'c 2'),
      'invalid-id',
      { field: 'id' },
    ],
    [
      'a source with an empty id',
      () =>
        saveEvidence('c1', {
          id: '',
          url: 'https://x.org',
          title: '',
          stance: 'context',
          note: '',
        }),
      'invalid-id',
      { field: 'evidence[0].id' },
    ],
    [
      'a restored claim with an offset past its end',
      () => restoreClaim({ ...CLAIM, anchor: { ...CLAIM.anchor, start: 9, end: 2 } }),
      'invalid-record',
      { field: 'anchor.end' },
    ],
    [
      'an undone claim with a bad approval time',
      () =>
        writeClaimState('c1', {
          ...CLAIM,
          reviewState: 'approved',
          approvedBy: 'Alix',
          approvedAt: 'hier',
        }),
      'invalid-time',
      { field: 'approvedAt' },
    ],
    [
      'an import with an unknown node',
      () =>
        applyMergePlan({
          ...emptyPlan(),
          articles: { ...emptyPlan().articles, new: [{ ...ARTICLE, id: 'a2', doc: IMAGE }] },
        }),
      'invalid-document',
      { field: 'doc.content[0]' },
    ],
  ])('%s', async (_label, write, code, data) => {
    const before = await readSnapshot();
    const error = await write().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(problemOf(error)).toEqual({ code, data });
    expect(await readSnapshot()).toEqual(before);
  });
});

describe('a write the stored-data rule normalises', () => {
  it('stores times in UTC and ids trimmed', async () => {
    await updateClaim('c1', {
      reviewState: 'approved',
      approvedAt: '2024-03-04T17:00:00+01:00',
      evidence: [{ id: ' s1 ', url: 'https://x.org', title: '', stance: 'context', note: '' }],
    });
    expect(await db.claims.get('c1')).toMatchObject({
      approvedAt: '2024-03-04T16:00:00.000Z',
      evidence: [{ id: 's1' }],
    });
  });

  it('keeps fields it was not given, a claim left orphaned included', async () => {
    await db.claims.put({ ...CLAIM, orphanedAt: '2024-03-01T00:00:00.000Z' });
    await updateClaim('c1', { note: 'vu' });
    expect(await db.claims.get('c1')).toMatchObject({
      note: 'vu',
      orphanedAt: '2024-03-01T00:00:00.000Z',
    });
  });
});

describe('records that passed the rule already (a bundle parsed by the importer)', () => {
  it('are frozen at every depth, and only these very objects count as checked', () => {
    const checked = new CheckedRecords();
    const [claim] = checked.add([structuredClone(CLAIM)]) as [Claim];
    expect(() => Object.assign(claim, { note: 'changed' })).toThrow(TypeError);
    expect(() => Object.assign(claim.anchor, { start: 3 })).toThrow(TypeError);
    expect(() => claim.tags.push('changed')).toThrow(TypeError);
    expect(checked.has(claim)).toBe(true);
    expect(checked.has({ ...claim })).toBe(false);
  });

  it('are written as they are, while every other record is checked first', async () => {
    const checked = new CheckedRecords();
    const [passed] = checked.add([{ ...CLAIM, id: 'c2' }]) as [Claim];
    const refused = { ...CLAIM, id: 'c3', approvedAt: '2024' };
    const plan = { ...emptyPlan(), claims: { ...emptyPlan().claims, new: [passed, refused] } };
    const before = await readSnapshot();
    const error = await applyMergePlan(plan, checked).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(problemOf(error)).toEqual({ code: 'invalid-time', data: { field: 'approvedAt' } });
    expect(await readSnapshot()).toEqual(before);
    await applyMergePlan({ ...plan, claims: { ...plan.claims, new: [passed] } }, checked);
    expect(await db.claims.get('c2')).toEqual(passed);
  });
});
