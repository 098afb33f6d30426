import type { z } from 'zod';
import { VerdictError, type ProblemCode } from '../problem';
import type { Anchor, Article, Claim, DocumentJson, Tombstone } from '../types';
import type { RatingScale } from '../claims/ratings';
import {
  anchorSchema,
  articleDocumentSchema,
  claimObject,
  claimSchema,
  storedArticleObject,
  storedArticleSchema,
  tombstoneSchema,
  type IssueKind,
} from './bundle-schema';
import { ratingScaleSchema } from './rating-scale-schema';
import { formatIssues, formatPath } from './import-problems';

/*
 * The one validity rule for stored data (docs/DECISIONS.md, "Stored data validity"): every record
 * written to the database satisfies the record schemas a bundle is validated against, so that
 * anything the app stores, its own backup restores. Imports report the issues in English with
 * their place (`issueLines`); the UI's writes throw a problem by code (`stored…`).
 */

/** A record in its stored form, or the issues that keep it out. */
export type RecordCheck<T> = { ok: true; value: T } | { ok: false; issues: z.core.$ZodIssue[] };

function check<T>(schema: z.ZodType<T>, value: unknown): RecordCheck<T> {
  const parsed = schema.safeParse(value, { reportInput: true });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: parsed.error.issues };
}

/** An article in its stored form (without a bundle's `textHash`), or why it cannot be stored. */
export const checkArticle = (value: unknown): RecordCheck<Article> =>
  check(storedArticleSchema, value);

/** A claim in its stored form, or why it cannot be stored. */
export const checkClaim = (value: unknown): RecordCheck<Claim> => check(claimSchema, value);

/** A tombstone in its stored form, or why it cannot be stored. */
export const checkTombstone = (value: unknown): RecordCheck<Tombstone> =>
  check(tombstoneSchema, value);

/** A rating scale in its stored form, or why it cannot be stored. */
export const checkRatingScale = (value: unknown): RecordCheck<RatingScale> =>
  check(ratingScaleSchema, value);

/** A check's issues as lines for a file's author, under `prefix` (`claim 8d0f…`). */
export function issueLines(issues: readonly z.core.$ZodIssue[], prefix: string): string[] {
  return formatIssues(issues).map((line) => `${prefix}: ${line}`);
}

const CODES: Record<IssueKind, ProblemCode> = {
  id: 'invalid-id',
  timestamp: 'invalid-time',
  date: 'invalid-date',
  url: 'invalid-url',
  document: 'invalid-document',
  text: 'document-text-mismatch',
};

/** The problem of a record's first issue, for the UI (a write it started cannot be stored). */
function refusal(issues: readonly z.core.$ZodIssue[], record: unknown): VerdictError {
  const issue = issues[0]!;
  const kind = issue.code === 'custom' ? (issue.params?.kind as IssueKind | undefined) : undefined;
  const code = kind ? CODES[kind] : 'invalid-record';
  if (code === 'document-text-mismatch') {
    const { title, id } = (record ?? {}) as { title?: unknown; id?: unknown };
    return new VerdictError(code, { title: String(title || id || '') });
  }
  return new VerdictError(code, { field: formatPath(issue.path) });
}

function stored<T>(result: RecordCheck<T>, record: unknown): T {
  if (!result.ok) throw refusal(result.issues, record);
  return result.value;
}

/** An article in its stored form; throws the problem that keeps it out. */
export const storedArticle = (article: Article): Article => stored(checkArticle(article), article);

/** A rating scale in its stored form; throws the problem that keeps it out. */
export const storedRatingScale = (scale: RatingScale): RatingScale =>
  stored(checkRatingScale(scale), scale);

/** A claim in its stored form; throws the problem that keeps it out. */
export const storedClaim = (claim: Claim): Claim => stored(checkClaim(claim), claim);

/** A tombstone in its stored form; throws the problem that keeps it out. */
export const storedTombstone = (tombstone: Tombstone): Tombstone =>
  stored(checkTombstone(tombstone), tombstone);

/** An anchor in its stored form; throws the problem that keeps it out. */
export const storedAnchor = (anchor: Anchor): Anchor => stored(check(anchorSchema, anchor), anchor);

/**
 * Some fields of a stored record in their stored form (only the keys given: a partial update
 * writes those alone); throws the problem that keeps them out.
 */
function storedFields<T extends object>(schema: z.ZodObject, changes: Partial<T>): Partial<T> {
  const parsed = check(schema.partial(), changes);
  const value = stored(parsed, changes) as Partial<T>;
  // Only what was given: a field's default (a claim's orphanedAt) must not overwrite the row.
  return Object.fromEntries(
    Object.keys(changes).map((key) => [key, value[key as keyof T]]),
  ) as Partial<T>;
}

/** Changes to an article's fields other than its document and text, in their stored form. */
export const storedArticleChanges = (changes: Partial<Omit<Article, 'doc' | 'text'>>) =>
  storedFields<Article>(storedArticleObject, changes);

/** Changes to a claim's fields, in their stored form. */
export const storedClaimChanges = (changes: Partial<Claim>): Partial<Claim> =>
  storedFields<Claim>(claimObject, changes);

/** A new document and text for an article; throws when the editor cannot open it or they differ. */
export function storedArticleText(
  article: Pick<Article, 'id' | 'title'>,
  doc: DocumentJson,
  text: string,
): { doc: DocumentJson; text: string } {
  const value = { id: article.id, title: article.title, doc, text };
  stored(check(articleDocumentSchema, value), value);
  return { doc, text };
}
