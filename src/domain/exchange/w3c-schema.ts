import { z } from 'zod';

/*
 * What Verdict reads of the W3C Web Annotation model (https://www.w3.org/TR/annotation-model/).
 * Loose on purpose: other tools add their own keys, give one value where the model allows a
 * list, and use plain strings for bodies and targets; only what Verdict needs is checked.
 */

/** The JSON-LD context every Web Annotation names. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Keys Verdict adds for what the model has no place for. With only the anno.jsonld context,
 * JSON-LD processors read `verdict:…` as absolute IRIs (an undefined prefix), so they survive
 * expansion and compaction unchanged.
 */
export const VERDICT_KEYS = {
  claimant: 'verdict:claimant',
  claimDate: 'verdict:claimDate',
  reviewState: 'verdict:reviewState',
  approvedBy: 'verdict:approvedBy',
  approvedAt: 'verdict:approvedAt',
  reviewComment: 'verdict:reviewComment',
  updatedBy: 'verdict:updatedBy',
  /** `orphaned` on an annotation whose words are not in the text: it carries no position. */
  status: 'verdict:status',
  /** The id of the claim's rating on the organisation's scale. */
  rating: 'verdict:rating',
  evidenceId: 'verdict:id',
  title: 'verdict:title',
  stance: 'verdict:stance',
  note: 'verdict:note',
} as const;

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]);
const names = oneOrMany(z.string());

/** A selector of any type; only the two below are read. */
export const selectorSchema = z.looseObject({ type: z.string() });

/** The quoted words, with some context around them. */
export const quoteSelectorSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

/** Offsets of the quote, in code points of the source's text. */
export const positionSelectorSchema = z
  .looseObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((selector) => selector.start <= selector.end, {
    message: 'start must not be after end',
    path: ['end'],
    // Only once both offsets are numbers: otherwise the comparison says nothing new.
    when: (payload) => payload.issues.length === 0,
  });

/** A target: a bare IRI or a SpecificResource with selectors. */
export const targetSchema = z.union([
  z.string(),
  z.looseObject({ source: z.string().min(1), selector: oneOrMany(selectorSchema).optional() }),
]);

/** A body: a bare IRI (a link) or an object whose purpose says what it is. */
export const bodySchema = z.union([
  z.string(),
  z.looseObject({
    type: names.optional(),
    purpose: names.optional(),
    value: z.string().optional(),
    source: z.unknown().optional(),
    id: z.string().optional(),
  }),
]);

/** One annotation, as far as Verdict reads it. */
export const annotationSchema = z.looseObject({
  id: z.string().optional(),
  type: names.optional(),
  body: oneOrMany(bodySchema).optional(),
  target: oneOrMany(targetSchema),
  creator: z.unknown().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
});

/** An annotation that passed `annotationSchema`. */
export type AnnotationInput = z.infer<typeof annotationSchema>;

/** A body object that passed `bodySchema`. */
export type BodyInput = Exclude<z.infer<typeof bodySchema>, string>;

/** Whether a JSON-LD value's `type` is, or lists, `name`. */
export function hasType(value: unknown, name: string): boolean {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  const type: unknown = value.type;
  return type === name || (Array.isArray(type) && type.includes(name));
}

/** A value the model allows as one or many, as a list. */
export function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
