import { isWebUrl } from '../claims/article-meta';
import type { Article, ClaimContent, Claim, Evidence, Tombstone } from '../types';
import { historyDocument, repairedDocument } from './article-repair';
import { documentDamage } from './document-damage';
import { isCalendarDate, normalizeId, normalizeTimestamp } from './stored-values';

/*
 * Brings records stored before the stored-data rule (docs/DECISIONS.md, "Stored data validity")
 * into it, for the schema v5 upgrade: what older releases let in is normalised where it can be,
 * else set to what the rule allows, never dropped. Times that do not normalise fall back to the
 * record's other time (optional ones to ""), impossible dates to "", evidence ids and record ids
 * outside the alphabet to new ids (references follow), documents the editor cannot open are
 * rebuilt from the text with the old one kept in the text history.
 */

/** The rows of the three record tables, as read from the database. */
export interface StoredRows {
  articles: Article[];
  claims: Claim[];
  tombstones: Tombstone[];
}

/** What to write back to one table: the rows that changed, and the keys of rows renamed. */
export interface TableRepair<T> {
  put: T[];
  deleted: string[];
}

const timeOr = (value: unknown, fallback: string): string =>
  (typeof value === 'string' && normalizeTimestamp(value)) || fallback;
const optionalTime = (value: unknown): string => timeOr(value, '');
const optionalDate = (value: unknown): string =>
  typeof value === 'string' && isCalendarDate(value) ? value : '';
const optionalUrl = (value: unknown): string =>
  typeof value === 'string' && isWebUrl(value.trim()) ? value.trim() : '';

/** Gives each id its stored form once, a new id where it has none (or would take another's). */
function idMapper(ids: string[], newId: () => string) {
  const used = new Set(ids.filter((id) => normalizeId(id) === id));
  const renamed = new Map<string, string>();
  return (id: string): string => {
    const known = renamed.get(id);
    if (known !== undefined) return known;
    const normalized = normalizeId(String(id));
    const next =
      normalized !== undefined && (normalized === id || !used.has(normalized))
        ? normalized
        : newId();
    used.add(next);
    renamed.set(id, next);
    return next;
  };
}

function repairContent<T extends ClaimContent>(content: T, newId: () => string): T {
  const evidence: Evidence[] = (content.evidence ?? [])
    .filter((source) => isWebUrl(String(source.url).trim()))
    .map((source) => ({
      ...source,
      url: source.url.trim(),
      id: normalizeId(String(source.id)) ?? newId(),
    }));
  return {
    ...content,
    claimDate: optionalDate(content.claimDate),
    approvedAt: optionalTime(content.approvedAt),
    evidence,
  };
}

/** The three tables' rows brought into the stored-data rule, and what changed. */
export function repairStoredRows(
  rows: StoredRows,
  now: string,
  newId: () => string,
): {
  articles: TableRepair<Article>;
  claims: TableRepair<Claim>;
  tombstones: TableRepair<Tombstone>;
} {
  const articleId = idMapper(
    rows.articles.map((article) => article.id),
    newId,
  );
  const claimId = idMapper(
    rows.claims.map((claim) => claim.id),
    newId,
  );
  const articles = rows.articles.map((article): Article => {
    const updatedAt = timeOr(article.updatedAt, timeOr(article.createdAt, now));
    const repaired: Article = {
      ...article,
      id: articleId(article.id),
      sourceUrl: optionalUrl(article.sourceUrl),
      publishedAt: optionalDate(article.publishedAt),
      createdAt: timeOr(article.createdAt, updatedAt),
      updatedAt,
      textHistory: (article.textHistory ?? []).map((version) => ({
        ...version,
        doc: historyDocument(version.doc),
        replacedAt: timeOr(version.replacedAt, updatedAt),
      })),
    };
    return documentDamage(repaired)
      ? { ...repaired, ...repairedDocument(repaired, now) }
      : repaired;
  });
  const claims = rows.claims.map((claim): Claim => {
    const updatedAt = timeOr(claim.updatedAt, timeOr(claim.createdAt, now));
    return {
      ...repairContent(claim, newId),
      id: claimId(claim.id),
      articleId: articleId(claim.articleId),
      createdAt: timeOr(claim.createdAt, updatedAt),
      updatedAt,
      orphanedAt: optionalTime(claim.orphanedAt),
      history: (claim.history ?? []).map((version) => ({
        ...repairContent(version, newId),
        updatedAt: timeOr(version.updatedAt, updatedAt),
      })),
    };
  });
  const tombstones = rows.tombstones.map((tombstone): Tombstone => ({
    ...tombstone,
    // An article's tombstone has the article's id; a claim's, the claim's.
    id: (tombstone.id === tombstone.articleId ? articleId : claimId)(tombstone.id),
    articleId: articleId(tombstone.articleId),
    deletedAt: timeOr(tombstone.deletedAt, now),
  }));
  return {
    articles: changes(rows.articles, articles),
    claims: changes(rows.claims, claims),
    tombstones: changes(rows.tombstones, tombstones),
  };
}

/** The rows that changed, and the keys of those whose id changed. */
function changes<T extends { id: string }>(before: T[], after: T[]): TableRepair<T> {
  const put: T[] = [];
  const deleted: string[] = [];
  after.forEach((row, index) => {
    const old = before[index]!;
    if (JSON.stringify(old) !== JSON.stringify(row)) put.push(row);
    if (old.id !== row.id) deleted.push(old.id);
  });
  return { put, deleted };
}
