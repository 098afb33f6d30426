/** Which screen is shown: the library, every claim of the library, one article or its report. */
export type Route =
  | { name: 'library' }
  | { name: 'claims' }
  | { name: 'article'; articleId: string }
  | { name: 'report'; articleId: string };

/**
 * Reads a route from a location hash such as `#/article/<id>` or `#/claims`. The id is
 * percent-encoded in the hash (`routeHash`), so any stored id, dots, colons and slashes included,
 * opens after a reload; a hash that does not decode is the library.
 */
export function parseRoute(hash: string): Route {
  if (/^#\/claims\/?$/.test(hash)) return { name: 'claims' };
  const match = /^#\/(article|report)\/([^/?#]+)/.exec(hash);
  if (!match?.[2]) return { name: 'library' };
  try {
    return { name: match[1] as 'article' | 'report', articleId: decodeURIComponent(match[2]) };
  } catch {
    return { name: 'library' };
  }
}

/** The location hash of a route (an article's id percent-encoded). */
export function routeHash(route: Route): string {
  if (route.name === 'claims') return '#/claims';
  if (route.name === 'report') return `#/report/${encodeURIComponent(route.articleId)}`;
  return route.name === 'article' ? `#/article/${encodeURIComponent(route.articleId)}` : '#/';
}
