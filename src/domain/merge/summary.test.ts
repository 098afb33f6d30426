import { describe, expect, it } from 'vitest';
import { makeArticle } from '../test-data/exchange';
import type { MergePlan } from './plan';
import type { ClaimRow, RowStatus } from './preview';
import { PlanRows, summarizePlan } from './summary';

const row = (id: string, articleId: string, status: RowStatus, notFound = false): ClaimRow => ({
  id,
  articleId,
  status,
  quote: `les mots de ${id}`,
  fields: [],
  notFound,
});
const many = (count: number, prefix: string, articleId: string, status: RowStatus) =>
  Array.from({ length: count }, (_, i) => row(`${prefix}${i}`, articleId, status, i % 3 === 0));

// Rows in the plan's order: 120 new claims of a new article, then claims of one stored here.
const rows = [
  ...many(120, 'n', 'b', 'new'),
  row('k0', 'a', 'conflict'),
  ...many(70, 'u', 'a', 'unchanged'),
  row('d0', 'a', 'deleted'),
  row('p0', 'c', 'updated'),
];
const plan: MergePlan = {
  articles: {
    new: [makeArticle({ id: 'b', title: 'Nouvel article' })],
    updated: [makeArticle({ id: 'c', title: 'Article mis à jour' })],
    unchanged: 1,
    deleted: [],
  },
  claims: {
    new: [],
    updated: [],
    unchanged: 70,
    conflicts: 1,
    notFound: 64,
    deleted: ['d0'],
    tombstonesApplied: 1,
  },
  rows,
  tombstones: [],
  problems: [],
};
const here = [
  { id: 'a', title: 'Article d’ici' },
  { id: 'z', title: 'Article sans changement' },
];
const ids = (list: readonly ClaimRow[]) => list.map((r) => r.id);

describe('PlanRows', () => {
  it('counts every row and lists each group in the plan’s order', () => {
    const summary = new PlanRows(plan, here).summary();
    expect(summary.articles).toEqual({ new: 1, updated: 1, unchanged: 1, deleted: 0 });
    expect(summary.claims).toEqual({
      new: 120,
      updated: 1,
      unchanged: 70,
      conflicts: 1,
      notFound: 64,
      deleted: 1,
      tombstonesApplied: 1,
    });
    expect(ids(summary.groups.new)).toEqual(ids(rows.slice(0, 120)));
    // A claim not found is listed with its status and among the claims not found.
    expect(ids(summary.groups.notFound)).toEqual(
      ids([...rows.slice(0, 120), ...rows.slice(121, 191)].filter((r) => r.notFound)),
    );
    expect(summary.titles).toEqual({
      a: 'Article d’ici',
      b: 'Nouvel article',
      c: 'Article mis à jour',
    });
    expect(summarizePlan(plan, here)).toEqual(summary);
  });

  it.each([
    ['new', (r: ClaimRow) => r.status === 'new', 120],
    ['notFound', (r: ClaimRow) => r.notFound, 64],
    ['unchanged', (r: ClaimRow) => r.status === 'unchanged', 70],
    ['conflict', (r: ClaimRow) => r.status === 'conflict', 1],
  ] as const)('cuts %s to its first 50 rows, and counts them all', (group, inGroup, all) => {
    const summary = new PlanRows(plan, here).summary(50);
    expect(ids(summary.groups[group])).toEqual(ids(rows.filter(inGroup).slice(0, 50)));
    expect(summary.claims[group === 'conflict' ? 'conflicts' : group]).toBe(all);
  });

  it('gives only the titles of the articles of the rows it lists', () => {
    const summary = new PlanRows(plan, here).summary(50);
    // The first 50 of each group: new claims of b, claims of a; c's one update is listed too.
    expect(summary.titles).toEqual({
      a: 'Article d’ici',
      b: 'Nouvel article',
      c: 'Article mis à jour',
    });
    const onlyNew = new PlanRows({ ...plan, rows: rows.slice(0, 120) }, here).summary(50);
    expect(onlyNew.titles).toEqual({ b: 'Nouvel article' });
  });

  it('reads any page of a group, in order, with its titles, and nothing past the end', () => {
    const planRows = new PlanRows(plan, here);
    const all = planRows.summary().groups;
    for (const group of ['new', 'notFound', 'unchanged'] as const) {
      const pages = [0, 50, 100].map((from) => planRows.page(group, from, from + 50).rows);
      expect(ids(pages.flat())).toEqual(ids(all[group]));
    }
    expect(planRows.page('unchanged', 50, 100)).toEqual({
      rows: rows.slice(171, 191),
      titles: { a: 'Article d’ici' },
    });
    expect(planRows.page('new', 120, 170)).toEqual({ rows: [], titles: {} });
  });
});
