/** Which screen is shown: the library, or one article (optionally at one claim). */
export type Route = { name: 'library' } | { name: 'article'; articleId: string };

/** Reads a route from a location hash such as `#/article/<id>`. */
export function parseRoute(hash: string): Route {
  const match = /^#\/article\/([\w-]+)/.exec(hash);
  return match?.[1] ? { name: 'article', articleId: match[1] } : { name: 'library' };
}

/** The location hash of a route. */
export function routeHash(route: Route): string {
  return route.name === 'article' ? `#/article/${route.articleId}` : '#/';
}
