import { describe, expect, it } from 'vitest';
import { buildBundle, type Bundle } from './bundle';
import { sampleArticle, sampleClaims } from '../test-data/exchange';
import { parseImportText } from './import-parse';
import { formatPath, limitProblems, MAX_PROBLEMS } from './import-problems';

const NOW = '2024-03-05T10:00:00.000Z';
const article = sampleArticle();
const bundle: Bundle = await buildBundle({
  articles: [article],
  claims: sampleClaims(article),
  tombstones: [],
  exportedBy: 'Camille',
  now: NOW,
});

type Path = (string | number)[];
type Node = Record<string | number, unknown>;
const REMOVE = Symbol('remove');

/** The bundle as JSON after setting (or removing) the values at some paths of a deep copy. */
function edited(...changes: [Path, unknown][]): string {
  const copy = JSON.parse(JSON.stringify(bundle)) as Node;
  for (const [path, value] of changes) {
    const parent = path.slice(0, -1).reduce((node, key) => node[key] as Node, copy);
    const key = path.at(-1)!;
    if (value === REMOVE) delete parent[key];
    else parent[key] = value;
  }
  return JSON.stringify(copy, null, 2);
}

function problemsOf(text: string): string[] {
  const result = parseImportText(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.problems;
}

describe('parseImportText, bundles', () => {
  it('reads a bundle back as it was written', () => {
    expect(parseImportText(JSON.stringify(bundle))).toEqual({ ok: true, kind: 'bundle', bundle });
  });

  it('ignores keys it does not know (a later version 1 may add some)', () => {
    const text = edited([['comment'], 'ajouté à la main'], [['claims', 0, 'futureField'], 1]);
    expect(parseImportText(text)).toEqual({ ok: true, kind: 'bundle', bundle });
  });

  it.each([
    [
      'a number as text',
      [['claims', 1, 'anchor', 'start'], '12'],
      'claims[1].anchor.start: expected a number, got a string',
    ],
    [
      'a missing field',
      [['claims', 0, 'note'], REMOVE],
      'claims[0].note: missing (expected a string)',
    ],
    [
      'a negative offset',
      [['claims', 0, 'anchor', 'end'], -1],
      'claims[0].anchor.end: must be at least 0',
    ],
    [
      'an end before the start',
      [['claims', 0, 'anchor', 'end'], 0],
      'claims[0].anchor.end: start must not be after end',
    ],
    [
      'an unknown verdict',
      [['claims', 2, 'verdict'], 'vrai'],
      'claims[2].verdict: expected one of "confirmed", "disputed", "unverified", got "vrai"',
    ],
    [
      'a javascript: link',
      [['claims', 0, 'evidence', 0, 'url'], 'javascript:alert(1)'],
      'claims[0].evidence[0].url: expected an http:// or https:// URL',
    ],
    [
      'a bad date',
      [['articles', 0, 'createdAt'], 'hier'],
      'articles[0].createdAt: expected a date and time (ISO 8601, like 2024-05-01T09:30:00.000Z)',
    ],
    [
      'a bad hash',
      [['articles', 0, 'textHash'], 'abc'],
      'articles[0].textHash: expected a SHA-256 as 64 lowercase hex digits',
    ],
    ['a list that is not one', [['tombstones'], {}], 'tombstones: expected a list, got an object'],
    [
      'a bad document node',
      [['articles', 0, 'doc', 'content', 1, 'content'], 'texte'],
      'articles[0].doc.content[1].content: expected a list, got a string',
    ],
    [
      'a duplicate claim',
      [['claims', 3], bundle.claims[0]],
      'claims[3].id: the same id appears twice',
    ],
    [
      'a wrong format',
      [['format'], 'hypothesis'],
      'format: expected "verdict-bundle" (got "hypothesis")',
    ],
    ['no format', [['format'], REMOVE], 'format: expected "verdict-bundle" (missing)'],
    [
      'a newer version',
      [['version'], 2],
      'version: this file was made by a newer Verdict (version 2); update Verdict to import it',
    ],
    ['version 0', [['version'], 0], 'version: expected 1 (got 0)'],
    ['a version as text', [['version'], '1'], 'version: expected 1 (got "1")'],
  ] as [string, [Path, unknown], string][])('says where %s is', (_label, change, problem) => {
    expect(problemsOf(edited(change))).toEqual([problem]);
  });

  it(`reports at most ${MAX_PROBLEMS} problems, and how many more there are`, () => {
    const problems = problemsOf(
      edited([
        ['claims'],
        [...bundle.claims, ...Array.from({ length: 50 }, (_, i) => ({ id: `x${i}` }))],
      ]),
    );
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems[0]).toBe('claims[3].anchor: missing (expected an object)');
    expect(problems.at(-1)).toMatch(/^…and \d+ more problems$/);
  });
});

describe('parseImportText, anything else', () => {
  const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it.each([
    ['an empty file', '  \n', 'the file is empty'],
    [
      'a syntax error',
      '{\n  "format": "verdict-bundle",\n  "version": 1,\n  "claims": [x]\n}',
      'not JSON: unexpected token at line 4, column 14',
    ],
    [
      'a cut file',
      JSON.stringify(bundle).slice(0, 100),
      'not JSON: unexpected end of file at line 1, column 101',
    ],
    [
      'null',
      'null',
      '(file): expected a Verdict bundle ("format": "verdict-bundle") or W3C Web Annotations, got null',
    ],
    [
      'a number',
      '42',
      '(file): expected a Verdict bundle ("format": "verdict-bundle") or W3C Web Annotations, got a whole number',
    ],
    [
      'a string',
      '"verdict-bundle"',
      '(file): expected a Verdict bundle ("format": "verdict-bundle") or W3C Web Annotations, got a string',
    ],
    [
      'another JSON object',
      '{"name": "x"}',
      '(file): expected a Verdict bundle ("format": "verdict-bundle") or W3C Web Annotations, got an object',
    ],
    [
      '10,000 nested lists',
      deep(10_000),
      `${formatPath(Array(256).fill(0))}: nested more than 256 levels deep`,
    ],
    [
      'a deep document',
      edited([['articles', 0, 'doc'], nestedDoc(300)]),
      /^articles\[0\]\.doc(\.content\[0\])+(\.content)?: nested more than 256 levels deep$/,
    ],
    ['an empty list', '[]', '(file): no annotations in the file'],
    [
      'a W3C collection without its page',
      '{"type": "AnnotationCollection", "first": "https://example.org/page1"}',
      "first: the collection's first page is not embedded (it is only a link: https://example.org/page1)",
    ],
  ])('explains %s', (_label, text, problem) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      problem instanceof RegExp ? problem : new RegExp(`^${escape(problem)}$`),
    );
  });

  it.each([
    [
      'a 5 MB string',
      JSON.stringify({ format: 'verdict-bundle', version: 1, exportedBy: 'x'.repeat(5_000_000) }),
    ],
    ['a 5 MB file of spaces', `${' '.repeat(5_000_000)}{`],
    ['100,000 nested objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
    ['a byte order mark', `\uFEFF${JSON.stringify({ ...bundle, version: 'x' })}`],
  ])('never throws on %s', (_label, text) => {
    expect(() => parseImportText(text)).not.toThrow();
    expect(parseImportText(text).ok).toBe(false);
  });
});

function nestedDoc(depth: number): object {
  let node: object = { type: 'text', text: 'x' };
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
  return node;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('limitProblems', () => {
  it.each([
    [0, 0],
    [20, 20],
    [21, 20],
    [500, 20],
  ])('%i problems become %i lines', (count, lines) => {
    const problems = Array.from({ length: count }, (_, i) => `problem ${i}`);
    expect(limitProblems(problems)).toHaveLength(lines);
  });
});

describe('formatPath', () => {
  it.each([
    [['claims', 3, 'anchor', 'start'], 'claims[3].anchor.start'],
    [[], '(file)'],
    [[0, 'target', 'selector', 1], '[0].target.selector[1]'],
    [['first', 'items', 2, 'verdict:stance'], 'first.items[2].verdict:stance'],
    [['@context'], '@context'],
    [['a key', 'x'], '["a key"].x'],
  ] as [PropertyKey[], string][])('%j is %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
