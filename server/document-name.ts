/**
 * Document names on the team server: every document belongs to one team, and its name says
 * which: `TEAM/library` (the team's article list and shared settings) or `TEAM/article/ID`
 * (one article with its claims). The server opens no other name.
 */

/** A team name: lower-case letters, digits and hyphens, starting with a letter or digit. */
const TEAM = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** An article id as the app makes them (UUIDs), or any id of letters, digits, `_` and `-`. */
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** What a document name designates. */
export type DocumentAddress =
  { team: string; kind: 'library' } | { team: string; kind: 'article'; articleId: string };

/** Whether a string is a valid team name. */
export function isTeamName(team: string): boolean {
  return TEAM.test(team);
}

/** The team and document a name designates, or null for a name the server does not serve. */
export function parseDocumentName(name: string): DocumentAddress | null {
  const parts = name.split('/');
  const team = parts[0] ?? '';
  if (!isTeamName(team)) return null;
  if (parts.length === 2 && parts[1] === 'library') return { team, kind: 'library' };
  if (parts.length === 3 && parts[1] === 'article' && ARTICLE_ID.test(parts[2] ?? '')) {
    return { team, kind: 'article', articleId: parts[2] ?? '' };
  }
  return null;
}

/** The name of a team's library document. */
export function libraryDocumentName(team: string): string {
  return `${team}/library`;
}

/** The name of one article's document in a team. */
export function articleDocumentName(team: string, articleId: string): string {
  return `${team}/article/${articleId}`;
}
