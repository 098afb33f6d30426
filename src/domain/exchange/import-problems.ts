import type { z } from 'zod';

/** The most problems an import reports: past a screenful, more lines only bury the first ones. */
export const MAX_PROBLEMS = 20;

/** A location inside parsed JSON as a reader writes it: `claims[3].anchor.start`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$@][\w$@:-]*$/.test(key)) {
      text += text === '' ? key : `.${key}`;
    } else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === '' ? '(file)' : text;
}

/**
 * A number JSON can write but JavaScript cannot hold: JSON.parse reads `1e400` as Infinity (any
 * magnitude from about 1.8e308 up), which zod refuses as a number; NaN never comes from JSON, but
 * is named too.
 */
function describeNonFinite(value: number): string {
  if (Number.isNaN(value)) return 'NaN (not a number)';
  return value > 0
    ? 'a number too large to read, about 1.8e308 or more'
    : 'a negative number too large to read, about -1.8e308 or less';
}

/** "a string", "an object", "null": how a wrong value is named in a message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      if (!Number.isFinite(value)) return describeNonFinite(value);
      return Number.isInteger(value) ? 'a whole number' : 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/**
 * A value as a message shows it: as JSON, except for numbers JSON.stringify would write as
 * `null` (Infinity, NaN), which are named.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return describeNonFinite(value);
  return JSON.stringify(value) ?? String(value);
}

function quoteValues(values: readonly unknown[]): string {
  const quoted = values.map(showValue);
  return quoted.length === 1 ? quoted[0]! : `one of ${quoted.join(', ')}`;
}

/** The type a value was expected to have, finite when the value is a number that is not. */
function expectedType(expected: string, input: unknown): string {
  if (typeof input === 'number' && !Number.isFinite(input) && expected === 'number') {
    return 'a finite number';
  }
  return TYPE_NAMES[expected] ?? expected;
}

/** What one zod issue means for the person importing, without zod's vocabulary. */
function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedType(issue.expected, issue.input);
      if (issue.input === undefined) return `missing (expected ${expected})`;
      return `expected ${expected}, got ${describeValue(issue.input)}`;
    }
    case 'invalid_value':
      if (issue.input === undefined) return `missing (expected ${quoteValues(issue.values)})`;
      return `expected ${quoteValues(issue.values)}, got ${showValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** The types a value was expected to have, if the issue is only that its type is wrong. */
function typeMismatch(issue: z.core.$ZodIssue, atRoot = true): string[] | undefined {
  if (!atRoot && issue.path.length > 0) return undefined;
  if (issue.code === 'invalid_type') return [TYPE_NAMES[issue.expected] ?? issue.expected];
  if (issue.code !== 'invalid_union') return undefined;
  const types: string[] = [];
  for (const inner of issue.errors.flat()) {
    const found = typeMismatch(inner, false);
    if (!found) return undefined;
    types.push(...found);
  }
  return types;
}

/**
 * A union's failure as the issues of the branch that got furthest (a target object with a bad
 * `source` says so), or as the list of accepted types when no branch got past the type check.
 */
function flatten(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): string[] {
  const path = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
    return [`${formatPath(path)}: ${issueText(issue)}`];
  }
  const types = typeMismatch(issue);
  if (!types) {
    const deeper = issue.errors.find((branch) =>
      branch.some((inner) => !typeMismatch(inner, false)),
    );
    return (deeper ?? issue.errors.flat()).flatMap((inner) => flatten(inner, path));
  }
  const accepted = [...new Set(types)].join(' or ');
  if (issue.input === undefined) return [`${formatPath(path)}: missing (expected ${accepted})`];
  return [`${formatPath(path)}: expected ${accepted}, got ${describeValue(issue.input)}`];
}

/** Zod issues as `path: message` lines, in the order zod found them, paths under `prefix`. */
export function formatIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): string[] {
  return issues.flatMap((issue) => flatten(issue, prefix));
}

/** At most MAX_PROBLEMS lines, the last one saying how many were left out. */
export function limitProblems(problems: readonly string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const shown = problems.slice(0, MAX_PROBLEMS - 1);
  return [...shown, `…and ${problems.length - shown.length} more problems`];
}
