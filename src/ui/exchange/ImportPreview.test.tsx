// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Resolution } from '../../domain/merge/plan';
import type { ClaimRow } from '../../domain/merge/preview';
import type { MergeSummary } from '../../domain/merge/summary';
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
  rows,
  titles: { a1: 'Premier article', a2: 'Second article' },
};

let container: HTMLDivElement;
let root: Root;
let resolution: Resolution;

const show = () =>
  act(() =>
    root.render(
      <ImportPreview
        summary={summary}
        resolution={resolution}
        onChange={(next) => {
          resolution = next;
          show();
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
