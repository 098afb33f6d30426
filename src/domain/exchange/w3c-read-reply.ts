import { formatIssues, formatPath } from './import-problems';
import { normalizeId, normalizeTimestamp, TIMESTAMP_EXPECTED } from './stored-values';
import type { ClaimComment } from '../types';
import { creatorName, uuidOf } from './w3c-read-annotation';
import { readNormalized } from './w3c-read-body';
import { annotationSchema, asList } from './w3c-schema';

/** A comment read from a reply annotation, and the claim annotation it answers. */
export interface W3CReply {
  /** The id of the annotation replied to, as written (`urn:uuid:…` for a Verdict claim). */
  target: string;
  comment: ClaimComment;
}

/** Whether an item of a W3C file is a reply (motivation `replying`), not a claim. */
export function isReply(item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const motivation = (item as { motivation?: unknown }).motivation;
  return asList(motivation as string | string[] | undefined).includes('replying');
}

/** The text of a reply: its first textual body (a bare string body is a link, not text). */
function replyText(body: unknown): string {
  for (const entry of asList(body as unknown[] | undefined)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { value } = entry as { value?: unknown };
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return '';
}

/**
 * Reads one reply annotation as a comment: its id, author, time, text and the annotation it
 * targets. A reply without an id, a time, text or a target is left out with a problem.
 */
export function readReply(
  item: unknown,
  path: PropertyKey[],
  problems: string[],
): W3CReply | undefined {
  const parsed = annotationSchema.safeParse(item, { reportInput: true });
  if (!parsed.success) return void problems.push(...formatIssues(parsed.error.issues, path));
  const reply = parsed.data;
  const leftOut = (why: string) => void problems.push(`${formatPath(path)}: ${why}; left out`);
  const id = uuidOf(reply.id) ?? (reply.id === undefined ? undefined : normalizeId(reply.id));
  if (id === undefined) return leftOut('a reply without a usable id');
  const first = asList(reply.target)[0];
  const target = typeof first === 'string' ? first : first?.source;
  if (!target) return leftOut('a reply without the annotation it answers');
  const text = replyText(reply.body);
  if (text === '') return leftOut('a reply without text');
  const time = (key: 'created' | 'modified') =>
    readNormalized(reply, key, path, problems, normalizeTimestamp, TIMESTAMP_EXPECTED);
  const created = time('created');
  const modified = time('modified');
  const at = created ?? modified;
  if (at === undefined) return leftOut('a reply without its time (created)');
  const editedAt = modified !== undefined && modified !== at ? modified : '';
  return { target, comment: { id, by: creatorName(reply.creator), at, text, editedAt } };
}
