import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { recordChange } from '../claims/change-log';
import { completeClaim } from '../claims/claim';
import { makeArticle, makeClaim } from '../test-data/exchange';
import { planMerge, type MergeOptions, type Snapshot } from './plan';
import { relate } from './lineage';
import type { Claim } from '../types';

const NOW = '2024-04-01T12:00:00.000Z';
const T1 = '2024-03-01T10:00:00.000Z';
const T2 = '2024-03-02T10:00:00.000Z';
const T3 = '2024-03-03T10:00:00.000Z';
const article = makeArticle({
  id: 'art',
  paragraphs: [
    'Le ministre a annoncé mardi une baisse de 12 % du chômage.',
    'Les syndicats contestent ce chiffre.',
  ],
  updatedAt: T1,
});
const base = makeClaim(article, 'une baisse de 12 % du chômage', { id: 'c1' });
const side = (claims: Claim[]): Snapshot => ({ articles: [article], claims, tombstones: [] });
const merge = (local: Claim[], incoming: Claim[], options: Partial<MergeOptions> = {}) =>
  planMerge(side(local), side(incoming), {
    now: NOW,
    by: 'Importer',
    reanchor: locateAnchors,
    ...options,
  });
const edit = (claim: Claim, changes: Partial<Claim>, by: string, at: string, rev: string) =>
  recordChange(claim, changes, { by, at, rev });

// Alice changed the rationale, Bruno the verdict, both since the common version `base`.
const alice = edit(base, { note: 'Chiffre de l’Insee' }, 'Alice', T2, 'a1');
const bruno = edit(base, { verdict: 'disputed' }, 'Bruno', T3, 'b1');

describe('planMerge by lineage', () => {
  it('takes a version changed only in the file, naming the changed fields', () => {
    const plan = merge([base], [bruno]);
    expect(plan.claims.updated).toEqual([bruno]);
    expect(plan.rows).toMatchObject([{ id: 'c1', status: 'updated', fields: ['verdict'] }]);
  });

  it('keeps a version changed only here, and counts it unchanged', () => {
    const plan = merge([bruno], [base]);
    expect(plan.claims.updated).toEqual([]);
    expect(plan.claims.unchanged).toBe(1);
    expect(plan.rows).toMatchObject([{ status: 'unchanged', fields: [] }]);
  });

  it('reports one conflict when both sides changed, even different fields', () => {
    const plan = merge([alice], [bruno]);
    expect(plan.claims.conflicts).toBe(1);
    const [row] = plan.rows;
    expect(row).toMatchObject({ status: 'conflict', quote: base.anchor.exact });
    expect(row!.fields.sort()).toEqual(['note', 'verdict']);
    expect(row!.conflict).toMatchObject({
      local: { note: 'Chiffre de l’Insee', verdict: 'unverified', by: 'Alice', at: T2 },
      incoming: { note: '', verdict: 'disputed', by: 'Bruno', at: T3 },
      kept: 'incoming',
    });
  });

  it.each([
    ['newer wins', {}, 'incoming'],
    ['keep mine for all', { rule: 'local' as const }, 'local'],
    ['keep mine for this claim', { choices: { c1: 'local' as const } }, 'local'],
  ])('%s: the version not kept stays in the log as a merge', (_label, resolution, kept) => {
    const plan = merge([alice], [bruno], { resolution });
    const [merged] = plan.claims.updated;
    const [winner, loser] = kept === 'local' ? [alice, bruno] : [bruno, alice];
    expect(merged).toMatchObject({ verdict: winner.verdict, note: winner.note });
    const entry = merged!.log.at(-1)!;
    const by = winner.updatedBy;
    expect(entry).toMatchObject({ kind: 'merge', by, at: NOW, rev: merged!.rev });
    expect(entry.reason).toContain(`not the version of ${loser.updatedBy} (${loser.updatedAt})`);
    const fields = Object.fromEntries(entry.fields.map((f) => [f.field, f]));
    expect(fields.note).toEqual({ field: 'note', before: loser.note, after: winner.note });
    expect(fields.verdict).toMatchObject({ before: loser.verdict, after: winner.verdict });
    expect(merged!.log.map((c) => c.rev)).toEqual(['c1', 'a1', 'b1', merged!.rev]);
    // Both versions are now known: either copy relates to the merged one without a conflict.
    expect(relate(merged!, alice)).toBe('local-ahead');
    expect(relate(bruno, merged!)).toBe('incoming-ahead');
  });

  it('brings no conflict back on the next exchange, in either direction', () => {
    const [merged] = merge([alice], [bruno]).claims.updated;
    expect(merge([merged!], [bruno]).rows).toMatchObject([{ status: 'unchanged' }]);
    // Bruno's version was kept: his side takes the merged log, its content unchanged.
    const there = merge([bruno], [merged!]);
    expect(there.rows).toMatchObject([{ status: 'unchanged', fields: [] }]);
    expect(there.claims.updated).toEqual([merged]);
    // Both sides resolving the same way reach the same revision.
    expect(merge([bruno], [alice]).claims.updated[0]!.rev).toBe(merged!.rev);
    const mine = merge([alice], [bruno], { resolution: { rule: 'local' } }).claims.updated[0]!;
    expect(
      merge([bruno], [alice], { resolution: { rule: 'incoming' } }).claims.updated[0]!.rev,
    ).toBe(mine.rev);
  });

  it('joins comments whatever the relation', () => {
    const comment = { id: 'k1', by: 'Bruno', at: T3, text: 'Source ?', editedAt: '' };
    const plan = merge([base], [{ ...base, comments: [comment] }]);
    expect(plan.claims.updated[0]!.comments).toEqual([comment]);
  });
});

describe('planMerge of claims stored without a log', () => {
  const legacy = (overrides: Partial<Claim>) =>
    completeClaim({ ...base, log: [], rev: '', ...overrides });

  it('finds copies that say the same thing unchanged', () => {
    const plan = merge([legacy({ updatedAt: T1 })], [legacy({ updatedAt: T2 })]);
    expect(plan.rows).toMatchObject([{ status: 'unchanged' }]);
    expect(plan.claims.updated).toEqual([]);
  });

  it('reports copies that differ as a conflict, the newer kept and the other in history', () => {
    const mine = legacy({ note: 'ici', updatedAt: T1, updatedBy: 'Alice' });
    const theirs = legacy({ note: 'là', updatedAt: T2, updatedBy: 'Bruno' });
    const plan = merge([mine], [theirs]);
    expect(plan.rows).toMatchObject([{ status: 'conflict', fields: ['note'] }]);
    const [merged] = plan.claims.updated;
    expect(merged).toMatchObject({ note: 'là', history: [{ note: 'ici', updatedBy: 'Alice' }] });
    expect(merged!.log).toMatchObject([{ kind: 'merge', absorbed: [mine.rev, theirs.rev].sort() }]);
  });

  it('relates a legacy claim edited since to its untouched copy', () => {
    const untouched = legacy({ updatedAt: T1 });
    const edited = edit(untouched, { verdict: 'confirmed' }, 'Bruno', T2, 'b1');
    expect(merge([untouched], [edited]).rows).toMatchObject([
      { status: 'updated', fields: ['verdict'] },
    ]);
    expect(merge([edited], [untouched]).rows).toMatchObject([{ status: 'unchanged' }]);
  });
});

describe('planMerge, claims not found', () => {
  const moved = makeArticle({
    id: 'art',
    paragraphs: ['Tout autre propos.', 'Selon lui, une baisse de 12 % du chômage reste douteuse.'],
  });
  // The file's quote has a context that is nowhere in the text: the same words stand elsewhere.
  const orphan: Claim = {
    ...base,
    id: 'w1',
    articleId: 'art',
    anchor: { ...base.anchor, prefix: 'XXXX ', suffix: ' YYYY', start: 0, end: 29 },
    orphanedAt: NOW,
  };
  const plan = (accept: string[] = []) =>
    planMerge(
      { articles: [moved], claims: [], tombstones: [] },
      { articles: [], claims: [orphan], tombstones: [] },
      {
        now: NOW,
        by: 'Importer',
        reanchor: locateAnchors,
        resolution: { accept },
        newRev: () => 'r9',
      },
    );

  it('counts and names them, with the same words elsewhere as a suggestion', () => {
    const { rows, claims } = plan();
    expect(claims.notFound).toBe(1);
    expect(rows).toMatchObject([{ id: 'w1', status: 'new', notFound: true }]);
    expect(rows[0]!.suggestion).toMatchObject({ words: 'une baisse de 12 % du chômage' });
    expect(rows[0]!.suggestion!.before).toContain('Selon lui, ');
  });

  it('attaches an accepted suggestion there, recording a reattach', () => {
    const { rows, claims } = plan(['w1']);
    expect(claims.notFound).toBe(0);
    expect(rows[0]!.notFound).toBe(false);
    const [claim] = claims.new;
    expect(claim!.orphanedAt).toBe('');
    expect(claim!.anchor.prefix).toContain('Selon lui, ');
    expect(claim!.log.at(-1)).toMatchObject({ kind: 'reattach', by: 'Importer', rev: 'r9' });
  });
});
