import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle';
import { bundleSchema } from './bundle-schema';
import {
  describeValue,
  formatIssues,
  formatPath,
  limitProblems,
  showValue,
} from './import-problems';
import { MAX_JSON_DEPTH, parseJsonText, tooDeep } from './json-text';
import type { W3CImported } from './w3c-read-annotation';
import { looksLikeW3C, readW3C } from './w3c-read';

/**
 * What an imported file holds. A bundle is all or nothing (it is Verdict's own format, so any
 * problem means a damaged file); W3C annotations come from other tools, so the usable ones are
 * kept and `problems` tells what was left out or changed.
 */
export type ImportParse =
  | { ok: true; kind: 'bundle'; bundle: Bundle }
  | { ok: true; kind: 'w3c'; annotations: W3CImported[]; problems: string[] }
  | { ok: false; problems: string[] };

const BUNDLE_KEYS = ['format', 'version', 'articles', 'claims', 'tombstones'];

function failure(problems: string[]): ImportParse {
  return { ok: false, problems: limitProblems(problems) };
}

/** The format and version say how to read the rest, so they are checked alone, first. */
function versionProblem(file: { format?: unknown; version?: unknown }): string | undefined {
  const { format, version } = file;
  if (format !== BUNDLE_FORMAT) {
    const got = format === undefined ? 'missing' : `got ${showValue(format)}`;
    return `format: expected "${BUNDLE_FORMAT}" (${got})`;
  }
  if (typeof version === 'number' && Number.isFinite(version) && version > BUNDLE_VERSION) {
    return `version: this file was made by a newer Verdict (version ${version}); update Verdict to import it`;
  }
  if (version !== BUNDLE_VERSION) {
    const got = version === undefined ? 'missing' : `got ${showValue(version)}`;
    return `version: expected ${BUNDLE_VERSION} (${got})`;
  }
  return undefined;
}

function parseBundle(file: object): ImportParse {
  const problem = versionProblem(file);
  if (problem) return failure([problem]);
  const parsed = bundleSchema.safeParse(file, { reportInput: true });
  if (!parsed.success) return failure(formatIssues(parsed.error.issues));
  return { ok: true, kind: 'bundle', bundle: parsed.data };
}

function parseValue(value: unknown): ImportParse {
  const deep = tooDeep(value);
  if (deep) return failure([`${formatPath(deep)}: nested more than ${MAX_JSON_DEPTH} levels deep`]);
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject && BUNDLE_KEYS.some((key) => key in value)) return parseBundle(value);
  if (looksLikeW3C(value)) {
    const { annotations, problems } = readW3C(value);
    if (annotations.length === 0) return failure(problems);
    return { ok: true, kind: 'w3c', annotations, problems: limitProblems(problems) };
  }
  return failure([
    `(file): expected a Verdict bundle ("format": "${BUNDLE_FORMAT}") or W3C Web Annotations, got ${describeValue(value)}`,
  ]);
}

/**
 * Reads an imported file's text: a Verdict bundle or W3C Web Annotations. Never throws; every
 * problem says what is wrong and where (`claims[3].anchor.start: expected a number`).
 */
export function parseImportText(text: string): ImportParse {
  try {
    if (text.trim() === '') return failure(['the file is empty']);
    const json = parseJsonText(text);
    if (!json.ok) return failure([json.problem]);
    return parseValue(json.value);
  } catch (error) {
    // Engine limits (stack depth, memory) are the only way here; say so rather than crash.
    const reason = error instanceof Error ? error.message : String(error);
    return failure([`the file could not be read: ${reason}`]);
  }
}
