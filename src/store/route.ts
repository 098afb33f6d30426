/** Which screen is shown: the library, every claim of the library, or one article. */
export type Route =
  { name: 'library' } | { name: 'claims' } | { name: 'article'; articleId: string };

/** Reads a route from a location hash such as `#/article/<id>` or `#/claims`. */
export function parseRoute(hash: string): Route {
  if (/^#\/claims\/?$/.test(hash)) return { name: 'claims' };
  const match = /^#\/article\/([\w-]+)/.exec(hash);
  return match?.[1] ? { name: 'article', articleId: match[1] } : { name: 'library' };
}

/** The location hash of a route. */
export function routeHash(route: Route): string {
  if (route.name === 'claims') return '#/claims';
  return route.name === 'article' ? `#/article/${route.articleId}` : '#/';
}
