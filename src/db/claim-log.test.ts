import { beforeEach, describe, expect, it } from 'vitest';
import { describeAnchor } from '../domain/anchoring/describe-anchor';
import { claimVersion } from '../domain/claims/claim';
import { LOG_LIMIT } from '../domain/claims/log-bound';
import { makeArticle, makeClaim } from '../domain/test-data/exchange';
import type { Claim, ClaimChange } from '../domain/types';
import { saveArticleText } from './article-text';
import { writeClaimState } from './claim-undo';
import {
  createClaim,
  deleteClaim,
  reattachClaim,
  removeEvidence,
  restoreClaim,
  restoreClaimRevision,
  restoreClaimVersion,
  saveEvidence,
  updateClaim,
} from './claims';
import { db } from './database';
import { saveReviewerSettings } from './settings';

// Every write a person makes to a claim is recorded in its log, in the write's transaction.

const ARTICLE = makeArticle({ id: 'a1', paragraphs: ['Le déficit a baissé de 3 % en 2025.'] });
const CLAIM = makeClaim(ARTICLE, 'baissé de 3 %', { id: 'c1' });
const SOURCE = {
  id: 'e1',
  url: 'https://www.insee.fr/fr/statistiques',
  title: 'Insee',
  stance: 'supports' as const,
  note: '',
};

const reviewer = (reviewerName: string) =>
  saveReviewerSettings({ reviewerName, organisationName: '', organisationUrl: '' });
const stored = async () => (await db.claims.get('c1'))!;
/** The log as kind, who and which fields (before → after), oldest first. */
const summary = (log: ClaimChange[]) =>
  log.map((c) => [
    c.kind,
    c.by,
    c.fields.map((f) => `${f.field}:${String(f.before)}→${String(f.after)}`),
  ]);

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.articles.put(ARTICLE);
  await db.claims.put(CLAIM);
  await reviewer('Bao');
});

describe('the change log of a claim', () => {
  it('starts with the creation, by the reviewer of this browser', async () => {
    const claim = await createClaim('a1', CLAIM.anchor, 'disputed', 'c2');
    expect(summary(claim.log)).toEqual([['create', 'Bao', []]]);
    expect(claim.rev).toBe('c2');
  });

  it('records a verdict change with its values, and moves the revision', async () => {
    await updateClaim('c1', { verdict: 'disputed' });
    const claim = await stored();
    expect(summary(claim.log).at(-1)).toEqual(['edit', 'Bao', ['verdict:unverified→disputed']]);
    expect(claim.rev).toBe(claim.log.at(-1)!.rev);
    expect(claim.rev).not.toBe(CLAIM.rev);
  });

  it('records tags, claimant, claim date, rating and review state, each a new entry', async () => {
    await updateClaim('c1', { tags: ['Budget'] });
    await updateClaim('c1', { claimDate: '2025-11-02' });
    await updateClaim('c1', { rating: 'mostly-true' });
    await updateClaim('c1', { reviewState: 'in-review' });
    await reviewer('Alix');
    await updateClaim('c1', { claimant: 'Le ministre' });
    const fields = summary((await stored()).log).slice(1);
    expect(fields).toEqual([
      ['edit', 'Bao', ['tags:→Budget']],
      ['edit', 'Bao', ['claimDate:→2025-11-02']],
      ['edit', 'Bao', ['rating:→mostly-true']],
      ['edit', 'Bao', ['reviewState:draft→in-review']],
      ['edit', 'Alix', ['claimant:→Le ministre']],
    ]);
  });

  it('coalesces the rationale typed in one pause into one entry', async () => {
    await updateClaim('c1', { note: 'Selon' });
    await updateClaim('c1', { note: 'Selon l’Insee' });
    await updateClaim('c1', { note: 'Selon l’Insee, faux.' });
    expect(summary((await stored()).log).slice(1)).toEqual([
      ['edit', 'Bao', ['note:→Selon l’Insee, faux.']],
    ]);
  });

  it('records nothing, and writes nothing, for a change that changes nothing', async () => {
    await updateClaim('c1', { verdict: 'unverified' });
    expect(await stored()).toEqual(CLAIM);
  });

  it('records sources added and removed', async () => {
    await saveEvidence('c1', SOURCE);
    await removeEvidence('c1', 'e1');
    const log = (await stored()).log;
    expect(log.map((c) => c.fields.map((f) => f.field))).toEqual([[], ['evidence'], ['evidence']]);
    expect(log[1]!.fields[0]!.after).toEqual([SOURCE]);
    expect(log[2]!.fields[0]!.after).toEqual([]);
  });

  it('sends an approved claim back to review when its verdict changes, recording both', async () => {
    await db.claims.update('c1', {
      reviewState: 'approved',
      approvedBy: 'Alix',
      approvedAt: '2026-12-01T10:00:00.000Z',
    });
    await updateClaim('c1', { verdict: 'confirmed' });
    const claim = await stored();
    expect(claim).toMatchObject({ verdict: 'confirmed', reviewState: 'in-review', approvedBy: '' });
    expect(claim.log.at(-1)!.fields.map((f) => f.field)).toEqual([
      'verdict',
      'reviewState',
      'approvedBy',
      'approvedAt',
    ]);
  });

  it('keeps the approval when a detail it does not cover changes', async () => {
    await db.claims.update('c1', { reviewState: 'approved', approvedBy: 'Alix' });
    await updateClaim('c1', { tags: ['Budget'] });
    expect((await stored()).reviewState).toBe('approved');
  });

  it('records a re-attachment by hand as such, with the words before and after', async () => {
    await db.claims.update('c1', { orphanedAt: '2026-12-01T10:00:00.000Z' });
    const anchor = describeAnchor(ARTICLE.text, 0, 11);
    await reattachClaim('c1', anchor);
    const entry = (await stored()).log.at(-1)!;
    expect(entry.kind).toBe('reattach');
    expect(entry.fields.map((f) => f.field)).toEqual(['anchor', 'orphanedAt']);
    expect(entry.fields[0]).toMatchObject({ before: CLAIM.anchor, after: anchor });
  });

  it('records a claim whose words a text edit deleted, not one an edit elsewhere shifted', async () => {
    const other = makeClaim(ARTICLE, 'en 2025', { id: 'c2' });
    await db.claims.put(other);
    const text = 'Oui. Le déficit a baissé en 2025.';
    const shifted = describeAnchor(text, 26, 33);
    await saveArticleText(
      'a1',
      {
        doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
        text,
        anchors: [
          { id: 'c1', orphaned: true },
          { id: 'c2', anchor: shifted },
        ],
      },
      false,
    );
    const orphan = await stored();
    expect(summary(orphan.log).at(-1)).toEqual([
      'edit',
      'Bao',
      [`orphanedAt:→${orphan.orphanedAt}`],
    ]);
    const moved = (await db.claims.get('c2'))!;
    expect(moved.anchor).toEqual(shifted);
    expect(moved.log).toEqual(other.log);
    expect(moved.rev).toBe(other.rev);
  });

  it('brings a deleted claim back by undo with its log, the deletion and the restoration', async () => {
    await updateClaim('c1', { verdict: 'disputed' });
    await reviewer('Alix');
    const deleted = (await deleteClaim('c1'))!;
    await reviewer('Bao');
    await restoreClaim(deleted);
    const log = (await stored()).log;
    expect(summary(log)).toEqual([
      ['create', 'Camille', []],
      ['edit', 'Bao', ['verdict:unverified→disputed']],
      ['delete', 'Alix', []],
      ['restore', 'Bao', []],
    ]);
    expect(await db.tombstones.get('c1')).toBeUndefined();
  });

  it('records undo and redo as changes on top of the log, never rewinding it', async () => {
    const before = await stored();
    await updateClaim('c1', { verdict: 'confirmed' });
    const after = await stored();
    await writeClaimState('c1', before);
    expect((await stored()).verdict).toBe('unverified');
    await writeClaimState('c1', after);
    expect(summary((await stored()).log).slice(1)).toEqual([
      ['edit', 'Bao', ['verdict:unverified→confirmed']],
      ['edit', 'Bao', ['verdict:confirmed→unverified']],
      ['edit', 'Bao', ['verdict:unverified→confirmed']],
    ]);
    await writeClaimState('c1', null);
    await writeClaimState('c1', after);
    expect(summary((await stored()).log).slice(-2)).toEqual([
      ['delete', 'Bao', []],
      ['restore', 'Bao', []],
    ]);
  });

  it('restores an earlier state of the log in one change, itself recorded', async () => {
    await updateClaim('c1', { verdict: 'disputed' });
    const disputed = (await stored()).rev;
    await updateClaim('c1', { verdict: 'confirmed', tags: ['Budget'] });
    await updateClaim('c1', { claimant: 'Le ministre' });
    await restoreClaimRevision('c1', disputed);
    const claim = await stored();
    expect(claim).toMatchObject({ verdict: 'disputed', tags: [], claimant: '' });
    const entry = claim.log.at(-1)!;
    expect(entry.kind).toBe('restore');
    expect(entry.reason).toBe(`restored revision ${disputed}`);
    expect(entry.fields.map((f) => [f.field, f.after])).toEqual([
      ['verdict', 'disputed'],
      ['tags', []],
      ['claimant', ''],
    ]);
    await expect(restoreClaimRevision('c1', 'nowhere')).rejects.toMatchObject({
      code: 'version-missing',
    });
  });

  it('records restoring a version of the history kept from an import', async () => {
    const older: Claim = { ...CLAIM, verdict: 'disputed', note: 'Import' };
    await db.claims.update('c1', { history: [claimVersion(older, 'import merge')] });
    await restoreClaimVersion('c1', 0);
    const claim = await stored();
    expect(claim).toMatchObject({ verdict: 'disputed', note: 'Import' });
    expect(summary(claim.log).at(-1)).toEqual([
      'restore',
      'Bao',
      ['verdict:unverified→disputed', 'note:→Import'],
    ]);
  });

  it('keeps a claim edited many times within its bound, the creation first', async () => {
    for (let i = 0; i < LOG_LIMIT + 10; i++) {
      await updateClaim('c1', { verdict: i % 2 === 0 ? 'disputed' : 'confirmed' });
    }
    const claim = await stored();
    expect(claim.log).toHaveLength(LOG_LIMIT);
    expect(claim.log[0]!.kind).toBe('create');
    expect(claim.log[1]!.reason).toBe('compacted');
    expect(claim.rev).toBe(claim.log.at(-1)!.rev);
  });
});
