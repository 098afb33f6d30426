import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { recordChange } from '../claims/change-log';
import type { RatingMapping } from '../exchange/rating-mapping';
import { makeArticle, makeClaim } from '../test-data/exchange';
import type { Claim } from '../types';
import { keepsPlan } from './keeps-plan';
import { planMerge, type Resolution, type Snapshot } from './plan';

const NOW = '2024-04-01T12:00:00.000Z';
const article = makeArticle({
  id: 'art',
  paragraphs: ['Tout autre propos.', 'Selon lui, une baisse de 12 % du chômage reste douteuse.'],
});
const base = makeClaim(article, 'une baisse de 12 % du chômage', { id: 'c1' });
const edit = (changes: Partial<Claim>, by: string, at: string, rev: string) =>
  recordChange(base, changes, { by, at, rev });
// Changed on both sides since `base`: a conflict, which the newer side (Bruno's, the file's) wins.
const alice = edit({ note: 'Chiffre de l’Insee' }, 'Alice', '2024-03-02T10:00:00.000Z', 'a1');
const bruno = {
  ...edit({ verdict: 'disputed' }, 'Bruno', '2024-03-03T10:00:00.000Z', 'b1'),
  rating: 'spin',
};
// Not found where the file says; the same words stand elsewhere in the text.
const orphan: Claim = {
  ...base,
  id: 'w1',
  anchor: { ...base.anchor, prefix: 'XXXX ', suffix: ' YYYY', start: 0, end: 29 },
  orphanedAt: NOW,
};
const local: Snapshot = { articles: [article], claims: [alice], tombstones: [] };
const incoming: Snapshot = { articles: [], claims: [bruno, orphan], tombstones: [] };
const plan = (resolution: Partial<Resolution> = {}) =>
  planMerge(local, incoming, {
    now: NOW,
    by: 'Importer',
    reanchor: locateAnchors,
    resolution,
    newRev: () => 'r9',
  });

describe('keepsPlan', () => {
  const planned = plan();

  it('starts from a plan with a conflict the file wins and a place suggested', () => {
    expect(planned.rows).toMatchObject([
      { id: 'c1', status: 'conflict', conflict: { kept: 'incoming' } },
      { id: 'w1', status: 'new', notFound: true, suggestion: { words: base.anchor.exact } },
    ]);
  });

  it.each<[string, Partial<Resolution>, boolean]>([
    ['no choice', {}, true],
    ['the newer side for all', { rule: 'newer', choices: {}, accept: [] }, true],
    ['the side the plan kept, by rule', { rule: 'incoming' }, true],
    ['the side the plan kept, by choice', { rule: 'local', choices: { c1: 'incoming' } }, true],
    ['the other side, by rule', { rule: 'local' }, false],
    ['the other side, by choice', { choices: { c1: 'local' } }, false],
    ['a place accepted', { accept: ['w1'] }, false],
    ['a claim without a place accepted', { accept: ['c1'] }, true],
  ])('%s: %s', (_label, resolution, keeps) => {
    expect(keepsPlan(planned, incoming, resolution, {})).toBe(keeps);
    if (keeps) expect(plan(resolution)).toEqual(planned);
    else expect(plan(resolution)).not.toEqual(planned);
  });

  it.each<[string, RatingMapping, boolean]>([
    ['no mapping', {}, true],
    ['a mapping of a rating no claim carries', { other: 'false' }, true],
    ['a mapping of a rating a claim carries', { spin: 'false' }, false],
    ['a mapping of the verdict alone', { '': 'false' }, true],
  ])('%s', (_label, ratings, keeps) => {
    expect(keepsPlan(planned, incoming, {}, ratings)).toBe(keeps);
  });
});
