import { isWebUrl } from '../claims/article-meta';
import { formatPath } from './import-problems';
import { ID_EXPECTED, normalizeId } from './stored-values';
import type { Evidence, EvidenceStance, Verdict } from '../types';
import { VERDICTS } from '../types';
import { asList, hasType, VERDICT_KEYS, type AnnotationInput, type BodyInput } from './w3c-schema';

/** A piece of evidence read from a linking body; its id is given when claims are made. */
export type W3CEvidence = Omit<Evidence, 'id'> & { id?: string };

/** What the bodies of an annotation say. */
export interface W3CBodies {
  verdict: Verdict;
  note: string;
  tags: string[];
  evidence: W3CEvidence[];
}

const STANCES: readonly string[] = ['supports', 'refutes', 'context'];

/** The path of entry `index` of a value the model allows as one or many. */
export const entryPath = (value: unknown, base: PropertyKey[], index: number): PropertyKey[] =>
  Array.isArray(value) ? [...base, index] : base;

/** A string `verdict:` key; a value of another type (or failing `valid`) is reported and left out. */
export function readExtension(
  item: Record<string, unknown>,
  key: string,
  path: PropertyKey[],
  problems: string[],
  valid: (value: string) => boolean = () => true,
): string | undefined {
  const value = item[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && valid(value)) return value;
  problems.push(
    `${formatPath([...path, key])}: unexpected value ${JSON.stringify(value)} (ignored)`,
  );
  return undefined;
}

/**
 * A string `verdict:` key in its stored form (`normalize`); a value it refuses is reported with
 * what was expected, and left out.
 */
export function readNormalized(
  item: Record<string, unknown>,
  key: string,
  path: PropertyKey[],
  problems: string[],
  normalize: (value: string) => string | undefined,
  expected: string,
): string | undefined {
  const value = item[key];
  if (value === undefined) return undefined;
  const normalized = typeof value === 'string' ? normalize(value) : undefined;
  if (normalized !== undefined) return normalized;
  problems.push(
    `${formatPath([...path, key])}: expected ${expected}, got ${JSON.stringify(value)} (ignored)`,
  );
  return undefined;
}

/** A link body's address: its source, the id of a source object, or its own id. */
function linkUrl(body: BodyInput): string | undefined {
  const { source } = body;
  if (typeof source === 'string') return source;
  const nested =
    typeof source === 'object' && source !== null ? (source as { id?: unknown }).id : undefined;
  return typeof nested === 'string' ? nested : body.id;
}

/**
 * Reads the bodies: the first known verdict (an unknown one is reported, and the claim imported
 * as unverified), comments, tags, and evidence links (web addresses only: a link becomes
 * clickable, so `javascript:` and the like are reported and left out).
 */
export function readBodies(
  annotation: AnnotationInput,
  path: PropertyKey[],
  problems: string[],
): W3CBodies {
  let verdict: Verdict | undefined;
  const notes: string[] = [];
  const tags: string[] = [];
  const evidence: W3CEvidence[] = [];
  const refused: string[] = [];
  for (const [index, entry] of asList(annotation.body).entries()) {
    const body: BodyInput =
      typeof entry === 'string' ? { purpose: 'linking', source: entry } : entry;
    const purposes = asList(body.purpose);
    const where = entryPath(annotation.body, [...path, 'body'], index);
    if (purposes.includes('assessing')) {
      const value = (body.value ?? '').trim().toLowerCase();
      if (VERDICTS.includes(value as Verdict)) {
        verdict ??= value as Verdict;
      } else {
        const quoted = JSON.stringify(body.value ?? '');
        problems.push(
          `${formatPath([...where, 'value'])}: unknown verdict ${quoted} (imported as unverified)`,
        );
      }
    } else if (purposes.includes('tagging')) {
      if (body.value && !tags.includes(body.value)) tags.push(body.value);
    } else if (
      body.value !== undefined &&
      (purposes.length === 0 || purposes.includes('commenting'))
    ) {
      if (body.value.trim() !== '') notes.push(body.value);
    } else if (
      purposes.includes('linking') ||
      hasType(body, 'SpecificResource') ||
      body.value === undefined
    ) {
      const url = linkUrl(body);
      if (url === undefined) continue;
      if (!isWebUrl(url)) {
        refused.push(url.length > 80 ? `${url.slice(0, 80)}…` : url);
        continue;
      }
      const record = body as Record<string, unknown>;
      const text = (key: string): string => readExtension(record, key, where, problems) ?? '';
      const stance = readExtension(record, VERDICT_KEYS.stance, where, problems, (s) =>
        STANCES.includes(s),
      );
      // A refused id is reported and replaced by a new one when the claim is made.
      const id = readNormalized(
        record,
        VERDICT_KEYS.evidenceId,
        where,
        problems,
        normalizeId,
        ID_EXPECTED,
      );
      evidence.push({
        ...(id === undefined ? {} : { id }),
        url,
        title: text(VERDICT_KEYS.title) || (typeof record.title === 'string' ? record.title : ''),
        stance: (stance ?? 'context') as EvidenceStance,
        note: text(VERDICT_KEYS.note),
      });
    }
  }
  if (refused.length > 0) {
    problems.push(
      `${formatPath([...path, 'body'])}: left out evidence links that are not http(s): ${refused.join(', ')}`,
    );
  }
  return { verdict: verdict ?? 'unverified', note: notes.join('\n\n'), tags, evidence };
}
