import { formatIssues, formatPath } from './import-problems';
import type { ClaimComment, ClaimContent, ReviewState, Verdict } from '../types';
import {
  DATE_EXPECTED,
  isCalendarDate,
  normalizeTimestamp,
  TIMESTAMP_EXPECTED,
} from './stored-values';
import {
  entryPath,
  readBodies,
  readExtension,
  readNormalized,
  type W3CEvidence,
} from './w3c-read-body';
import {
  annotationSchema,
  asList,
  positionSelectorSchema,
  quoteSelectorSchema,
  VERDICT_KEYS,
  type AnnotationInput,
} from './w3c-schema';
import { OUTSIDE_ANNOTATION_NAMESPACE, uuidV5 } from './uuid-v5';

/** One W3C annotation as Verdict understood it, before it is anchored in an article. */
export interface W3CImported {
  /**
   * The claim id: the uuid of a `urn:uuid:` id, or for another id (Hypothesis's, a web address)
   * its UUID v5, so that importing the same file twice finds the same claims.
   */
  id?: string;
  /** The file says the quote is not in the text (`verdict:status` "orphaned"). */
  orphaned?: boolean;
  /** The target's source: a web address, or `urn:uuid:<article id>` for an article without one. */
  source: string;
  quote: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
  verdict: Verdict;
  note: string;
  tags: string[];
  evidence: W3CEvidence[];
  creator: string;
  /** The replies to it in the same file (motivation `replying`), as its discussion. */
  comments: ClaimComment[];
  created?: string;
  modified?: string;
  /** What Verdict's own `verdict:` keys carried (absent from other tools' files). */
  details: Partial<
    Pick<
      ClaimContent,
      | 'claimant'
      | 'claimDate'
      | 'reviewState'
      | 'approvedBy'
      | 'approvedAt'
      | 'reviewComment'
      | 'rating'
    >
  > & { updatedBy?: string };
}

const UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const REVIEW_STATES: readonly string[] = ['draft', 'in-review', 'approved'];
const RATING_ID = /^[a-z0-9-]{1,64}$/i;

/** The uuid inside a `urn:uuid:` id; other ids (http ones) do not name a Verdict claim. */
export function uuidOf(id: string | undefined): string | undefined {
  return id === undefined ? undefined : UUID.exec(id)?.[1]?.toLowerCase();
}

/** The claim id of an annotation id: its uuid, else the UUID v5 of the whole id. */
export function claimIdOf(id: string | undefined): string | undefined {
  if (id === undefined || id.trim() === '') return undefined;
  return uuidOf(id) ?? uuidV5(id, OUTSIDE_ANNOTATION_NAMESPACE);
}

/** A timestamp in UTC with a Z, or undefined when it is not a date. */
export function utcTimestamp(value: string | undefined): string | undefined {
  if (value === undefined || Number.isNaN(Date.parse(value))) return undefined;
  return new Date(value).toISOString();
}

/** The name of a creator given as a string, a Person/Agent object, or a list of them. */
export function creatorName(creator: unknown): string {
  if (typeof creator === 'string') return creator;
  if (Array.isArray(creator)) return creatorName(creator[0]);
  if (typeof creator !== 'object' || creator === null) return '';
  const { name, nickname } = creator as { name?: unknown; nickname?: unknown };
  return typeof name === 'string' ? name : typeof nickname === 'string' ? nickname : '';
}

/** Reads the quote (required) and position (optional) of the first target that has a quote. */
function readTarget(annotation: AnnotationInput, path: PropertyKey[], problems: string[]) {
  for (const [index, target] of asList(annotation.target).entries()) {
    if (typeof target === 'string') continue;
    const targetPath = entryPath(annotation.target, [...path, 'target'], index);
    const selectors = asList(target.selector);
    const quoteAt = selectors.findIndex((selector) => selector.type === 'TextQuoteSelector');
    if (quoteAt < 0) continue;
    const at = (i: number) => entryPath(target.selector, [...targetPath, 'selector'], i);
    const quote = quoteSelectorSchema.safeParse(selectors[quoteAt], { reportInput: true });
    if (!quote.success) return void problems.push(...formatIssues(quote.error.issues, at(quoteAt)));
    const { exact, prefix = '', suffix = '' } = quote.data;
    const positionAt = selectors.findIndex((selector) => selector.type === 'TextPositionSelector');
    const position = positionSelectorSchema.safeParse(selectors[positionAt], { reportInput: true });
    if (positionAt >= 0 && !position.success) {
      problems.push(
        ...formatIssues(position.error.issues, at(positionAt)).map((p) => `${p} (ignored)`),
      );
    }
    return {
      source: target.source,
      quote: { exact, prefix, suffix },
      position: position.success
        ? { start: position.data.start, end: position.data.end }
        : undefined,
    };
  }
  problems.push(
    `${formatPath([...path, 'target'])}: no TextQuoteSelector, so there are no quoted words to find`,
  );
  return undefined;
}

/** An object without its undefined entries, so that results compare and print cleanly. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}

/** Reads one annotation; problems that make it unusable leave it out (undefined). */
export function readAnnotation(
  item: unknown,
  path: PropertyKey[],
  problems: string[],
): W3CImported | undefined {
  const parsed = annotationSchema.safeParse(item, { reportInput: true });
  if (!parsed.success) return void problems.push(...formatIssues(parsed.error.issues, path));
  const annotation = parsed.data;
  const target = readTarget(annotation, path, problems);
  if (!target) return undefined;
  const record = annotation as Record<string, unknown>;
  const text = (key: string, valid?: (value: string) => boolean) =>
    readExtension(record, key, path, problems, valid);
  // Stored as every record stores them (stored-values.ts), or reported and left out.
  const normalized = (
    key: string,
    normalize: (value: string) => string | undefined,
    expected: string,
  ) =>
    readNormalized(
      record,
      key,
      path,
      problems,
      (s) => (s === '' ? '' : normalize(s)),
      `${expected} or ""`,
    );
  const details: W3CImported['details'] = {
    claimant: text(VERDICT_KEYS.claimant),
    claimDate: normalized(
      VERDICT_KEYS.claimDate,
      (s) => (isCalendarDate(s) ? s : undefined),
      DATE_EXPECTED,
    ),
    reviewState: text(VERDICT_KEYS.reviewState, (s) => REVIEW_STATES.includes(s)) as
      ReviewState | undefined,
    approvedBy: text(VERDICT_KEYS.approvedBy),
    approvedAt: normalized(VERDICT_KEYS.approvedAt, normalizeTimestamp, TIMESTAMP_EXPECTED),
    reviewComment: text(VERDICT_KEYS.reviewComment),
    updatedBy: text(VERDICT_KEYS.updatedBy),
    rating: text(VERDICT_KEYS.rating, (s) => RATING_ID.test(s)),
  };
  const orphaned = text(VERDICT_KEYS.status, (s) => s === 'orphaned') === 'orphaned';
  const { position, ...found } = target;
  const time = (key: 'created' | 'modified') =>
    readNormalized(annotation, key, path, problems, normalizeTimestamp, TIMESTAMP_EXPECTED);
  const optional = {
    id: claimIdOf(annotation.id),
    // A position beside an "orphaned" status is stale: the words are not there.
    position: orphaned ? undefined : position,
    orphaned: orphaned || undefined,
    created: time('created'),
    modified: time('modified'),
  };
  return {
    ...found,
    ...readBodies(annotation, path, problems),
    creator: creatorName(annotation.creator),
    comments: [],
    details: defined(details),
    ...defined(optional),
  };
}
