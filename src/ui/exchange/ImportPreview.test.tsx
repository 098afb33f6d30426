// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Resolution } from '../../domain/merge/plan';
import type { MergePlan } from '../../domain/merge/plan';
import { groupRows, type ClaimRow, type RowGroup } from '../../domain/merge/preview';
import { PlanRows, type MergeSummary, type PreviewSummary } from '../../domain/merge/summary';
import '../i18n/i18n';
import { ImportPreview } from './ImportPreview';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const version = (verdict: 'confirmed' | 'disputed', by: string) => ({
  verdict,
  rating: '',
  quote: 'une baisse de 12 %',
  note: `avis de ${by}`,
  reviewState: 'draft' as const,
  by,
  at: '2024-03-02T10:00:00.000Z',
});
const unchanged = Array.from({ length: 3000 }, (_, i): ClaimRow => ({
  id: `u${i}`,
  articleId: i % 2 ? 'a1' : 'a2',
  status: 'unchanged',
  quote: `citation numéro ${i} `.repeat(i === 0 ? 20 : 1),
  fields: [],
  notFound: false,
}));
const rows: ClaimRow[] = [
  {
    id: 'k1',
    articleId: 'a1',
    status: 'conflict',
    quote: 'une baisse de 12 %',
    fields: ['verdict', 'note'],
    notFound: false,
    conflict: {
      local: version('disputed', 'Ana'),
      incoming: version('confirmed', 'Bo'),
      kept: 'incoming',
    },
  },
  {
    id: 'w1',
    articleId: 'a2',
    status: 'new',
    quote: 'le chômage',
    fields: [],
    notFound: true,
    suggestion: {
      start: 10,
      end: 20,
      before: 'Selon lui, ',
      words: 'le chômage',
      after: ' a baissé',
    },
  },
  ...unchanged,
];
const summary: MergeSummary = {
  articles: { new: 0, updated: 0, unchanged: 2, deleted: 0 },
  claims: {
    new: 1,
    updated: 0,
    unchanged: 3000,
    conflicts: 1,
    notFound: 1,
    deleted: 0,
    tombstonesApplied: 0,
  },
  groups: groupRows(rows),
  titles: { a1: 'Premier article', a2: 'Second article' },
};

let container: HTMLDivElement;
let root: Root;
let resolution: Resolution;

const show = (shown: PreviewSummary = summary) =>
  act(() =>
    root.render(
      <ImportPreview
        summary={shown}
        resolution={resolution}
        onChange={(next) => {
          resolution = next;
          show(shown);
        }}
      />,
    ),
  );
const button = (scope: Element, name: string) =>
  [...scope.querySelectorAll('button')].find((b) => b.textContent === name)!;
const group = (label: string) =>
  [...container.querySelectorAll('details')].find((d) =>
    d.querySelector('summary')!.textContent!.startsWith(label),
  )!;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  resolution = { rule: 'newer', choices: {}, accept: [] };
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('ImportPreview', () => {
  it('lists thousands of claims a page at a time, grouped by article, collapsed', () => {
    show();
    const list = group('Unchanged claims');
    expect(list.open).toBe(false);
    expect(list.querySelector('summary')!.textContent).toBe('Unchanged claims (3000)');
    expect(list.querySelectorAll('li')).toHaveLength(50);
    expect([...list.querySelectorAll('h5')].map((h) => h.textContent)).toEqual([
      'Second article',
      'Premier article',
    ]);
    // A long quote is cut at a word, with an ellipsis.
    expect(list.querySelector('q')!.textContent).toMatch(/^citation numéro 0 .{40,}…$/);
    expect(list.querySelector('q')!.textContent!.length).toBeLessThanOrEqual(91);
    act(() => button(list, 'Show more').click());
    expect(list.querySelectorAll('li')).toHaveLength(100);
  });

  it('shows a conflict side by side, the newer kept until the user chooses', () => {
    show();
    const conflict = container.querySelector('li.conflict')!;
    expect(conflict.getAttribute('aria-label')).toBe('une baisse de 12 %');
    expect(conflict.textContent).toContain('Differs in: Verdict, Rationale');
    const [mine, theirs] = [...conflict.querySelectorAll('.conflict-version')];
    expect(mine!.textContent).toContain('avis de Ana');
    expect(theirs!.textContent).toContain('Confirmed');
    const radios = () => [...conflict.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios().map((r) => r.checked)).toEqual([false, true]);
    act(() => radios()[0]!.click());
    expect(resolution.choices).toEqual({ k1: 'local' });
    expect(radios().map((r) => r.checked)).toEqual([true, false]);
    const rules = [...container.querySelectorAll<HTMLInputElement>('input[name=conflict-rule]')];
    act(() => rules[2]!.click());
    expect(resolution).toMatchObject({ rule: 'incoming', choices: {} });
    expect(radios().map((r) => r.checked)).toEqual([false, true]);
  });

  it('names a claim not found and accepts its suggested place in one click', () => {
    show();
    const notFound = group('Claims whose words were not found');
    expect(notFound.open).toBe(true);
    expect(notFound.querySelector('mark')!.textContent).toBe('le chômage');
    act(() => button(notFound, 'Attach here').click());
    expect(resolution.accept).toEqual(['w1']);
    expect(notFound.querySelector('[role=status]')!.textContent).toBe('It will be attached there.');
    act(() => button(notFound, 'Do not attach').click());
    expect(resolution.accept).toEqual([]);
  });
});

// A bundle's plan stays in the importer's worker: its summary holds each group's first page,
// and "Show more" reads the next ones from there (here from the same PlanRows, without a worker).
const conflicts = Array.from({ length: 60 }, (_, i): ClaimRow => ({
  ...rows[0]!,
  id: `k${i}`,
  quote: `conflit numéro ${i}`,
}));
const notFound = Array.from({ length: 70 }, (_, i): ClaimRow => ({
  ...rows[1]!,
  id: `w${i}`,
  articleId: i < 50 ? 'a2' : 'a3',
  quote: `introuvable ${i}`,
}));
const planRows = (): PlanRows => {
  const planned = [...conflicts, ...notFound, ...unchanged];
  const counts = groupRows(planned);
  const plan = {
    articles: { new: [], updated: [], unchanged: 3, deleted: [] },
    claims: { tombstonesApplied: 0 },
    rows: planned,
    tombstones: [],
    problems: [],
  } as unknown as MergePlan;
  expect(counts.conflict).toHaveLength(60);
  return new PlanRows(plan, [
    { id: 'a1', title: 'Premier article' },
    { id: 'a2', title: 'Second article' },
    { id: 'a3', title: 'Troisième article' },
  ]);
};
/** Reads asked of the importer, and how the next one goes. */
let reads: [RowGroup, number, number][];
let failNext: boolean;
const paged = (): PreviewSummary => {
  const source = planRows();
  return {
    ...source.summary(50),
    readRows: (group, from, to) => {
      reads.push([group, from, to]);
      if (failNext) {
        failNext = false;
        return Promise.reject(new Error('the worker stopped'));
      }
      return Promise.resolve(source.page(group, from, to));
    },
  };
};
/** Clicks a button, then lets a read of the importer come back. */
const clickAndRead = (target: HTMLButtonElement) =>
  act(async () => {
    target.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

describe('ImportPreview, its rows read a page at a time', () => {
  beforeEach(() => {
    reads = [];
    failNext = false;
  });

  it('reads the next page of a group only when "Show more" asks for it', async () => {
    show(paged());
    expect(reads).toEqual([]);
    const list = group('Unchanged claims');
    expect(list.querySelector('summary')!.textContent).toBe('Unchanged claims (3000)');
    expect(list.querySelectorAll('li')).toHaveLength(50);
    await clickAndRead(button(list, 'Show more'));
    expect(reads).toEqual([['unchanged', 50, 100]]);
    expect(list.querySelectorAll('li')).toHaveLength(100);
    const quotes = [...list.querySelectorAll('li q')].map((q) => q.textContent);
    expect(quotes).toContain('citation numéro 99');
    expect(quotes).not.toContain('citation numéro 100');
    await clickAndRead(button(list, 'Show more'));
    expect(reads).toEqual([
      ['unchanged', 50, 100],
      ['unchanged', 100, 150],
    ]);
    expect(list.querySelectorAll('li')).toHaveLength(150);
  });

  it('lists every conflict, page by page, and settles any of them', async () => {
    show(paged());
    const section = () => container.querySelector('.plan-conflicts')!;
    const listed = () => section().querySelectorAll('li.conflict');
    expect(listed()).toHaveLength(20);
    await clickAndRead(button(section(), 'Show more'));
    expect(listed()).toHaveLength(40);
    expect(reads).toEqual([]);
    await clickAndRead(button(section(), 'Show more'));
    expect(reads).toEqual([['conflict', 50, 100]]);
    expect(listed()).toHaveLength(60);
    expect(button(section(), 'Show more')).toBeUndefined();
    const last = section().querySelector('li[aria-label="conflit numéro 55"]')!;
    const radios = () => [...last.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    act(() => radios()[0]!.click());
    expect(resolution.choices).toEqual({ k55: 'local' });
    expect(radios().map((r) => r.checked)).toEqual([true, false]);
  });

  it('offers the place of a claim not found past the first page, with its article', async () => {
    show(paged());
    const list = group('Claims whose words were not found');
    expect(list.querySelector('summary')!.textContent).toBe(
      'Claims whose words were not found (70)',
    );
    expect(list.querySelector('section[aria-label="Troisième article"]')).toBeNull();
    await clickAndRead(button(list, 'Show more'));
    expect(reads).toEqual([['notFound', 50, 100]]);
    const third = list.querySelector('section[aria-label="Troisième article"]')!;
    expect(third.querySelectorAll('li')).toHaveLength(20);
    act(() => button(third.querySelectorAll('li')[10]!, 'Attach here').click());
    expect(resolution.accept).toEqual(['w60']);
    expect(button(list, 'Show more')).toBeUndefined();
  });

  it('says when the next rows could not be read, and reads them on the next try', async () => {
    show(paged());
    const list = group('New claims');
    failNext = true;
    await clickAndRead(button(list, 'Show more'));
    expect(list.querySelector('[role=alert]')!.textContent).toBe(
      'The next claims could not be read: the worker stopped',
    );
    expect(list.querySelectorAll('li')).toHaveLength(50);
    await clickAndRead(button(list, 'Show more'));
    expect(list.querySelector('[role=alert]')).toBeNull();
    expect(list.querySelectorAll('li')).toHaveLength(70);
    expect(reads.map(([g, from]) => [g, from])).toEqual([
      ['new', 50],
      ['new', 50],
    ]);
  });
});
