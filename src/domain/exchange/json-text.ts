import { codePointLength } from '../text/code-points';

/** Deeper than any document Verdict writes; past it a file is rejected before any recursive walk. */
export const MAX_JSON_DEPTH = 256;

/** A parsed JSON text, or one message saying what is wrong with it and where. */
export type JsonText = { ok: true; value: unknown } | { ok: false; problem: string };

const isSpace = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * The offset of the first JSON syntax error in a text, or -1 if it is valid JSON; a loop with
 * an explicit stack, so any nesting depth is safe. Used when the engine's message has no position
 * (V8's "Unexpected token 'x', … is not valid JSON", Safari).
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const stack: string[] = [];
  const skip = (): void => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  const string = (): boolean => {
    for (i++; i < text.length;) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return true;
      }
      if (code < 0x20) return false;
      if (code !== 0x5c) i++;
      else {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) {
          i++; // the error is the escaped character, as V8 reports it
          return false;
        }
        i = ESCAPE.lastIndex;
      }
    }
    return false;
  };
  // A key and its colon, leaving the parser expecting the member's value.
  const key = (): boolean => {
    if (text[i] !== '"' || !string()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  let expectValue = true;
  for (;;) {
    skip();
    const char = text[i];
    if (expectValue) {
      expectValue = false;
      if (char === '{' || char === '[') {
        i++;
        skip();
        if (text[i] === (char === '{' ? '}' : ']')) {
          i++;
          continue;
        }
        if (char === '{' && !key()) return i;
        stack.push(char);
        expectValue = true;
      } else if (char === '"') {
        if (!string()) return i;
      } else {
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        NUMBER.lastIndex = i;
        if (literal) i += literal.length;
        else if (NUMBER.test(text)) i = NUMBER.lastIndex;
        else return i;
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? i : -1;
    if (char === ',') {
      i++;
      if (top === '{') {
        skip();
        if (!key()) return i;
      }
      expectValue = true;
    } else if (char === (top === '{' ? '}' : ']')) {
      i++;
      stack.pop();
    } else return i;
  }
}

/** Line and column (1-based, columns in code points) of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.length - before.replaceAll('\n', '').length + 1;
  return { line, column: codePointLength(before.slice(lineStart)) + 1 };
}

/** Where a JSON.parse error is: from the engine's message when it says, else by scanning. */
function errorLocation(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  const offset = position ? Number(position[1]) : jsonErrorOffset(text);
  return offset < 0 ? null : lineAndColumn(text, offset);
}

/** Why JSON.parse refused a text, as `not JSON: unexpected token at line 4, column 7`. */
export function jsonProblem(text: string, error: unknown): string {
  if (error instanceof RangeError) return 'not JSON that can be read: it is nested too deeply';
  const where = errorLocation(text, error);
  if (!where) return 'not JSON: it could not be read';
  const lines = text.split('\n');
  const atEnd = where.line >= lines.length && where.column > codePointLength(lines.at(-1) ?? '');
  const what = atEnd ? 'unexpected end of file' : 'unexpected token';
  return `not JSON: ${what} at line ${where.line}, column ${where.column}`;
}

interface Visit {
  value: unknown;
  depth: number;
  key: PropertyKey;
  parent: Visit | undefined;
}

/**
 * Whether a value nests deeper than `maxDepth`; never recursive. It walks every object of a file
 * of any size, so it keeps no path and allocates only its two stacks.
 */
function nestsDeeper(root: unknown, maxDepth: number): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) return true;
    if (Array.isArray(value)) {
      for (const child of value as unknown[]) {
        if (typeof child !== 'object' || child === null) continue;
        values.push(child);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const child = (value as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      values.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}

/** The path to the first value nested deeper than `maxDepth`, or undefined; never recursive. */
export function tooDeep(root: unknown, maxDepth = MAX_JSON_DEPTH): PropertyKey[] | undefined {
  if (!nestsDeeper(root, maxDepth)) return undefined;
  const stack: Visit[] = [{ value: root, depth: 0, key: '', parent: undefined }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value, depth } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) {
      const path: PropertyKey[] = [];
      for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.unshift(at.key);
      return path;
    }
    for (const [key, child] of Object.entries(value)) {
      if (typeof child !== 'object' || child === null) continue;
      stack.push({
        value: child,
        depth: depth + 1,
        key: Array.isArray(value) ? Number(key) : key,
        parent: visit,
      });
    }
  }
  return undefined;
}

/** Drops `__proto__` keys: an own property of that name is lost or misread by object copies. */
const withoutProtoKeys = (key: string, value: unknown) => (key === '__proto__' ? undefined : value);

/**
 * Parses a file's text as JSON (a leading byte order mark is allowed); never throws. Keys named
 * `__proto__` are dropped at any depth (the reviver runs only on texts that contain one).
 */
export function parseJsonText(text: string): JsonText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const reviver = body.includes('"__proto__"') ? withoutProtoKeys : undefined;
    return { ok: true, value: JSON.parse(body, reviver) as unknown };
  } catch (error) {
    return { ok: false, problem: jsonProblem(body, error) };
  }
}
