import { VerdictError } from '../domain/problem';
import { db } from './database';

/**
 * This browser's team: the sync server's address, the team's name and the access token. Kept in
 * the settings table under its own key; backups and exports never read it (the token is a
 * secret: whoever holds it reads and writes the team's documents).
 */
export interface TeamSettings {
  serverUrl: string;
  team: string;
  token: string;
}

export const TEAM_KEY = 'team';

/** The settings key of the articles kept out of the team (docs/DECISIONS.md, "Joining a team"). */
export const LOCAL_ONLY_KEY = 'team-local-only';

/** The team names the server accepts (server/document-name.ts). */
const TEAM_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Loopback hosts, the only ones reached without TLS (the CSP allows no other ws: origin). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** The first problem of a team form, if any: wss:// (or ws:// on this machine), a team, a token. */
export function teamSettingsProblem(settings: TeamSettings): VerdictError | null {
  let url: URL;
  try {
    url = new URL(settings.serverUrl.trim());
  } catch {
    return new VerdictError('team-url-invalid');
  }
  const secure = url.protocol === 'wss:';
  const loopback = url.protocol === 'ws:' && LOOPBACK.has(url.hostname);
  if (!secure && !loopback) return new VerdictError('team-url-invalid');
  if (!TEAM_NAME.test(settings.team.trim())) return new VerdictError('team-name-invalid');
  if (settings.token.trim() === '') return new VerdictError('token-missing');
  return null;
}

/** The team this browser has joined, or null (sync off, the default). */
export async function getTeamSettings(): Promise<TeamSettings | null> {
  const value = (await db.settings.get(TEAM_KEY))?.value as TeamSettings | undefined;
  return value && typeof value.serverUrl === 'string' ? value : null;
}

/** Joins a team: stores its settings, trimmed, after checking them. */
export async function saveTeamSettings(settings: TeamSettings): Promise<void> {
  const problem = teamSettingsProblem(settings);
  if (problem) throw problem;
  await db.settings.put({ key: TEAM_KEY, value: storedTeamSettings(settings) });
}

/** The team settings as stored (trimmed), for a write that stores them with other rows. */
export function storedTeamSettings(settings: TeamSettings): TeamSettings {
  return {
    serverUrl: settings.serverUrl.trim(),
    team: settings.team.trim(),
    token: settings.token.trim(),
  };
}

/**
 * The ids of the articles this browser held when it joined its team and chose not to upload:
 * they stay in this browser only, and sync neither sends nor lists them.
 */
export async function getLocalOnlyArticleIds(): Promise<string[]> {
  const value = (await db.settings.get(LOCAL_ONLY_KEY))?.value;
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** How many articles of this browser are kept out of its team (those that still exist). */
export async function countLocalOnlyArticles(): Promise<number> {
  const ids = await getLocalOnlyArticleIds();
  return (await db.articles.bulkGet(ids)).filter((row) => row !== undefined).length;
}

/** Leaves the team: forgets its settings; the local library stays as it is. */
export async function clearTeamSettings(): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.delete(TEAM_KEY);
    await db.settings.delete(LOCAL_ONLY_KEY);
  });
}
