import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './route';

describe('routes', () => {
  const cases: [string, Route, string][] = [
    ['', { name: 'library' }, '#/'],
    ['#/', { name: 'library' }, '#/'],
    ['#/claims', { name: 'claims' }, '#/claims'],
    ['#/claims/', { name: 'claims' }, '#/claims'],
    ['#/claimsx', { name: 'library' }, '#/'],
    ['#/article/abc-123', { name: 'article', articleId: 'abc-123' }, '#/article/abc-123'],
    ['#/article/abc-123/', { name: 'article', articleId: 'abc-123' }, '#/article/abc-123'],
    [
      '#/article/le.monde:2024',
      { name: 'article', articleId: 'le.monde:2024' },
      '#/article/le.monde%3A2024',
    ],
    [
      '#/article/news%2F2024.1',
      { name: 'article', articleId: 'news/2024.1' },
      '#/article/news%2F2024.1',
    ],
    ['#/article/%E9t%E9', { name: 'library' }, '#/'],
    ['#/article/', { name: 'library' }, '#/'],
    [
      '#/report/le.monde:2024',
      { name: 'report', articleId: 'le.monde:2024' },
      '#/report/le.monde%3A2024',
    ],
    ['#/report/', { name: 'library' }, '#/'],
  ];
  it.each(cases)('%j', (hash, route, canonical) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHash(route)).toBe(canonical);
  });

  it.each(['a', 'le.monde:2024/05/article-1', 'x_y-z', '../..', 'été 2024', '#?&%'])(
    'reads back the hash of article %j',
    (articleId) => {
      const route: Route = { name: 'article', articleId };
      expect(parseRoute(routeHash(route))).toEqual(route);
    },
  );
});
