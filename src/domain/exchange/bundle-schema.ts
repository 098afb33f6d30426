import { z } from 'zod';
import { isWebUrl } from '../claims/article-meta';
import { contentRevision } from '../claims/claim';
import { articleDocumentProblems } from '../text/document-check';
import { articleName } from './document-damage';
import { ratingScaleSchema } from './rating-scale-schema';
import { uniqueIds } from './unique-ids';
import type { DocumentJson } from '../types';
import {
  DATE_EXPECTED,
  ID_EXPECTED,
  isCalendarDate,
  normalizeId,
  normalizeTimestamp,
  TIMESTAMP_EXPECTED,
} from './stored-values';

/*
 * The bundle's schema, strict about the types of the fields Verdict knows. Objects drop keys they
 * do not know instead of failing, so a version 1 file written by a later release that added a
 * field still imports; a change that old readers must not misread bumps `version` instead.
 *
 * Its record schemas are also the rule for every record stored (src/domain/exchange/stored-
 * record.ts): ids, times, dates and web addresses are normalised (stored-values.ts) or refused,
 * and an article's document must open in the editor and yield exactly the article's text
 * (docs/DECISIONS.md, "Stored data validity").
 */

/** What a custom issue is about, for the UI's problem codes (src/domain/problem.ts). */
export type IssueKind = 'id' | 'timestamp' | 'date' | 'url' | 'document' | 'text';

/** A string that `normalize` turns into its stored form, or an issue of that kind. */
const normalized = (
  normalize: (value: string) => string | undefined,
  expected: string,
  kind: IssueKind,
) =>
  z.string().transform((value, ctx) => {
    const result = normalize(value);
    if (result !== undefined) return result;
    ctx.addIssue({
      code: 'custom',
      message: `expected ${expected}`,
      input: value,
      params: { kind },
    });
    return z.NEVER;
  });

const optional = (normalize: (value: string) => string | undefined) => (value: string) =>
  value === '' ? '' : normalize(value);
const trimmedWebUrl = (value: string) => (isWebUrl(value.trim()) ? value.trim() : undefined);
const calendarDate = (value: string) => (isCalendarDate(value) ? value : undefined);

const id = normalized(normalizeId, ID_EXPECTED, 'id');
const timestamp = normalized(normalizeTimestamp, TIMESTAMP_EXPECTED, 'timestamp');
const optionalTimestamp = normalized(
  optional(normalizeTimestamp),
  `${TIMESTAMP_EXPECTED} or ""`,
  'timestamp',
);
const optionalDate = normalized(optional(calendarDate), `${DATE_EXPECTED} or ""`, 'date');
const webUrl = normalized(trimmedWebUrl, 'an http:// or https:// URL', 'url');
const optionalWebUrl = normalized(
  optional(trimmedWebUrl),
  'an http:// or https:// URL or ""',
  'url',
);
const offset = z.number().int().nonnegative();

/**
 * The JSON shape of a ProseMirror document node (unknown keys kept). An article's current document
 * is also checked against the editor's schema; the documents of its text history are not, since
 * they keep what was replaced, as it was, and the editor never opens them.
 */
export const documentSchema: z.ZodType<DocumentJson> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    content: z.array(documentSchema).optional(),
    text: z.string().optional(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    marks: z
      .array(
        z.looseObject({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() }),
      )
      .optional(),
  }),
);

/** A claim's anchor: quote, context and code point offsets with start ≤ end. */
export const anchorSchema = z
  .object({ exact: z.string(), prefix: z.string(), suffix: z.string(), start: offset, end: offset })
  .refine((anchor) => anchor.start <= anchor.end, {
    message: 'start must not be after end',
    path: ['end'],
    // Only once both offsets are numbers: otherwise the comparison says nothing new.
    when: (payload) => payload.issues.length === 0,
  });

/** A piece of evidence, whose URL must be a web address (it becomes a link). */
export const evidenceSchema = z.object({
  id,
  url: webUrl,
  title: z.string(),
  stance: z.enum(['supports', 'refutes', 'context']),
  note: z.string(),
});

const claimContentShape = {
  anchor: anchorSchema,
  verdict: z.enum(['confirmed', 'disputed', 'unverified']),
  note: z.string(),
  evidence: z.array(evidenceSchema),
  tags: z.array(z.string()),
  claimant: z.string(),
  claimDate: optionalDate,
  reviewState: z.enum(['draft', 'in-review', 'approved']),
  approvedBy: z.string(),
  approvedAt: optionalTimestamp,
  reviewComment: z.string(),
  // Added after the format was first written: a bundle without it has verdicts only.
  rating: z.string().default(''),
};

const changedField = z.enum([
  'anchor',
  'verdict',
  'note',
  'evidence',
  'tags',
  'claimant',
  'claimDate',
  'reviewState',
  'approvedBy',
  'approvedAt',
  'reviewComment',
  'rating',
  'orphanedAt',
]);

/** One entry of a claim's change log (its values before and after are any JSON). */
export const claimChangeSchema = z.object({
  kind: z.enum(['create', 'edit', 'reattach', 'delete', 'restore', 'merge']),
  at: timestamp,
  by: z.string(),
  fields: z.array(z.object({ field: changedField, before: z.unknown(), after: z.unknown() })),
  rev: z.string().min(1),
  from: z.string().min(1).optional(),
  absorbed: z.array(z.string()).optional(),
  reason: z.string().optional(),
});

/** One comment of a claim's discussion. */
export const claimCommentSchema = z.object({
  id,
  by: z.string(),
  at: timestamp,
  text: z.string(),
  editedAt: optionalTimestamp.default(''),
});

/** An earlier version of a claim. */
export const claimVersionSchema = z.object({
  ...claimContentShape,
  updatedAt: timestamp,
  updatedBy: z.string(),
  replacedBecause: z.string(),
});

/** The keys of a claim's object schema (the JSON Schema test compares them). */
export const claimObject = z.object({
  ...claimContentShape,
  id,
  articleId: id,
  createdAt: timestamp,
  createdBy: z.string(),
  updatedAt: timestamp,
  updatedBy: z.string(),
  history: z.array(claimVersionSchema),
  // Added after the format was first written: a bundle without it has only attached claims.
  orphanedAt: optionalTimestamp.default(''),
  // Added with the review record: a claim without them has no known past ('' : its revision is
  // derived from its content when it is read, src/domain/claims/claim.ts `completeClaim`).
  rev: z.string().default(''),
  log: z.array(claimChangeSchema).default([]),
  comments: z.array(claimCommentSchema).default([]),
});

/** A claim with its history and log; one without a revision gets its content's. */
export const claimSchema = claimObject.transform((claim) =>
  claim.rev === '' ? { ...claim, rev: contentRevision(claim) } : claim,
);

/** The mark a deleted claim leaves. */
export const tombstoneSchema = z.object({
  id,
  articleId: id,
  deletedAt: timestamp,
  deletedBy: z.string(),
});

/** An earlier text of an article. */
export const articleTextVersionSchema = z.object({
  doc: documentSchema,
  text: z.string(),
  replacedAt: timestamp,
});

const articleShape = {
  id,
  title: z.string(),
  sourceUrl: optionalWebUrl,
  publisher: z.string(),
  author: z.string(),
  publishedAt: optionalDate,
  language: z.enum(['fr', 'en', 'other']),
  doc: documentSchema,
  text: z.string(),
  textHistory: z.array(articleTextVersionSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
};

/**
 * The editor must open an article's document, and the document must yield exactly the article's
 * text: claims are anchored in the text, and the reader shows the document. Runs on what parsed
 * so far, so the document is checked even when another field has a problem.
 */
function documentRule(
  article: { doc: unknown; text: unknown; title: unknown; id: unknown },
  ctx: z.RefinementCtx,
): void {
  const problems = articleDocumentProblems(article.doc, article.text, articleName(article));
  for (const { path, message, kind } of problems) {
    ctx.addIssue({ code: 'custom', message, path: ['doc', ...path], params: { kind } });
  }
}

/** The keys of an article's object schema (the JSON Schema test compares them). */
export const storedArticleObject = z.object(articleShape);

/** An article as stored: the rule every article written to the database satisfies. */
export const storedArticleSchema = storedArticleObject.superRefine(documentRule);

/** An article's document with its text, and the title and id a problem names it by. */
export const articleDocumentSchema = z
  .object({ id: z.string(), title: z.string(), doc: documentSchema, text: z.string() })
  .superRefine(documentRule);

/** An article as a bundle carries it: with the SHA-256 of its text, to check on import. */
export const bundleArticleSchema = z
  .object({
    ...articleShape,
    textHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 as 64 lowercase hex digits'),
  })
  .superRefine(documentRule);

/** A whole version 1 bundle (the format and version are checked first, with their own messages). */
export const bundleSchema = z
  .object({
    format: z.literal('verdict-bundle'),
    version: z.literal(1),
    exportedAt: timestamp,
    exportedBy: z.string(),
    articles: z.array(bundleArticleSchema),
    claims: z.array(claimSchema),
    tombstones: z.array(tombstoneSchema),
    // Added with the organisation's rating scale: a bundle without it rates by verdict alone.
    ratingScale: ratingScaleSchema.optional(),
  })
  .superRefine(uniqueIds('articles'))
  .superRefine(uniqueIds('claims'))
  .superRefine(uniqueIds('tombstones'));
