import { formatPath } from './import-problems';
import { readAnnotation, uuidOf, type W3CImported } from './w3c-read-annotation';
import { isReply, readReply, type W3CReply } from './w3c-read-reply';
import { ANNO_CONTEXT, hasType } from './w3c-schema';
import { unionComments } from '../claims/comments';

/** Annotations read from a W3C file, and what was left out or changed on the way. */
export interface W3CRead {
  annotations: W3CImported[];
  problems: string[];
}

const CONTAINER_TYPES = ['Annotation', 'AnnotationPage', 'AnnotationCollection'];

/** Whether a parsed JSON value looks like W3C Web Annotations, so its problems are told as such. */
export function looksLikeW3C(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  if (CONTAINER_TYPES.some((type) => hasType(value, type))) return true;
  const context = (value as { '@context'?: unknown } | null)?.['@context'];
  return context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT));
}

type Entries = { items: unknown[]; path: PropertyKey[] } | undefined;

/** The annotations of a page, with the path they sit at; a page cut short says so. */
function pageItems(page: unknown, path: PropertyKey[], problems: string[]): Entries {
  const { items, next } = page as { items?: unknown; next?: unknown };
  if (!Array.isArray(items)) {
    problems.push(`${formatPath([...path, 'items'])}: expected a list of annotations`);
    return undefined;
  }
  if (next !== undefined) {
    problems.push(
      `${formatPath([...path, 'next'])}: later pages are not embedded in the file; only this page was read`,
    );
  }
  return { items, path: [...path, 'items'] };
}

/** The annotations of a collection, which only an embedded first page makes readable. */
function collectionItems(collection: object, problems: string[]): Entries {
  const { first } = collection as { first?: unknown };
  if (typeof first === 'string') {
    problems.push(
      `first: the collection's first page is not embedded (it is only a link: ${first})`,
    );
    return undefined;
  }
  if (typeof first !== 'object' || first === null) {
    problems.push('first: missing (expected the collection’s first page of annotations)');
    return undefined;
  }
  return pageItems(first, ['first'], problems);
}

/** Gives each annotation the replies that target it; a reply to no annotation of the file is left out. */
function attachReplies(
  annotations: W3CImported[],
  replies: { reply: W3CReply; path: PropertyKey[] }[],
  problems: string[],
): void {
  const byId = new Map(annotations.flatMap((a) => (a.id ? [[`urn:uuid:${a.id}`, a]] : [])));
  for (const { reply, path } of replies) {
    const annotation = byId.get(reply.target) ?? byId.get(`urn:uuid:${uuidOf(reply.target)}`);
    if (annotation) annotation.comments = unionComments(annotation.comments, [reply.comment]);
    else
      problems.push(
        `${formatPath(path)}: a reply to ${reply.target}, which is not an annotation of this file; left out`,
      );
  }
}

/**
 * Reads W3C annotations: one Annotation, a list of them, an AnnotationPage, or an
 * AnnotationCollection whose first page is embedded. Unusable annotations are left out with a
 * problem each; never throws.
 */
export function readW3C(value: unknown): W3CRead {
  const problems: string[] = [];
  let entries: Entries;
  if (Array.isArray(value)) entries = { items: value, path: [] };
  else if (hasType(value, 'AnnotationCollection'))
    entries = collectionItems(value as object, problems);
  else if (hasType(value, 'AnnotationPage')) entries = pageItems(value, [], problems);
  else entries = { items: [value], path: [] };
  const annotations: W3CImported[] = [];
  if (!entries) return { annotations, problems };
  const single = entries.items.length === 1 && entries.items[0] === value;
  const replies: { reply: W3CReply; path: PropertyKey[] }[] = [];
  for (const [index, item] of entries.items.entries()) {
    const path = single ? [] : [...entries.path, index];
    if (isReply(item)) {
      const reply = readReply(item, path, problems);
      if (reply) replies.push({ reply, path });
      continue;
    }
    const annotation = readAnnotation(item, path, problems);
    if (annotation) annotations.push(annotation);
  }
  attachReplies(annotations, replies, problems);
  if (entries.items.length === 0)
    problems.push(`${formatPath(entries.path)}: no annotations in the file`);
  return { annotations, problems };
}
