import { z } from 'zod';
import { isWebUrl } from '../claims/article-meta';
import type { DocumentJson } from '../types';

/*
 * The bundle's schema, strict about the types of the fields Verdict knows. Objects drop keys they
 * do not know instead of failing, so a version 1 file written by a later release that added a
 * field still imports; a change that old readers must not misread bumps `version` instead.
 */

const TIMESTAMP = 'expected a date and time (ISO 8601, like 2024-05-01T09:30:00.000Z)';
const isTimestamp = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value));

const id = z.string().min(1);
const timestamp = z.string().refine(isTimestamp, TIMESTAMP);
const optionalTimestamp = z
  .string()
  .refine((value) => value === '' || isTimestamp(value), TIMESTAMP);
const optionalDate = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected a date (YYYY-MM-DD) or ""');
const webUrl = z.string().refine(isWebUrl, 'expected an http:// or https:// URL');
const optionalWebUrl = z
  .string()
  .refine((value) => value === '' || isWebUrl(value), 'expected an http:// or https:// URL or ""');
const offset = z.number().int().nonnegative();

/** A ProseMirror document node; unknown keys are kept since a document is opaque to the bundle. */
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
};

/** An earlier version of a claim. */
export const claimVersionSchema = z.object({
  ...claimContentShape,
  updatedAt: timestamp,
  updatedBy: z.string(),
  replacedBecause: z.string(),
});

/** A claim with its history. */
export const claimSchema = z.object({
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
});

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

/** An article as a bundle carries it: with the SHA-256 of its text, to check on import. */
export const bundleArticleSchema = z.object({
  id,
  title: z.string(),
  sourceUrl: optionalWebUrl,
  publisher: z.string(),
  author: z.string(),
  publishedAt: optionalDate,
  language: z.enum(['fr', 'en', 'other']),
  doc: documentSchema,
  text: z.string(),
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 as 64 lowercase hex digits'),
  textHistory: z.array(articleTextVersionSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** Ids must be unique within a list: a second claim with the same id would silently win. */
function uniqueIds(list: 'articles' | 'claims' | 'tombstones') {
  return (bundle: Record<typeof list, { id: string }[]>, ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    bundle[list].forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          message: 'the same id appears twice',
          path: [list, index, 'id'],
        });
      }
      seen.add(entry.id);
    });
  };
}

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
  })
  .superRefine(uniqueIds('articles'))
  .superRefine(uniqueIds('claims'))
  .superRefine(uniqueIds('tombstones'));
