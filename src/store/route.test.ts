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
  ];
  it.each(cases)('%j', (hash, route, canonical) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHash(route)).toBe(canonical);
  });
});
