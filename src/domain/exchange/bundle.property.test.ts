import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle, withoutTextHash } from './bundle';
import { canonicalText } from '../text/canonical-text';
import { documentFromText } from '../text/document-from-text';
import { docOf } from '../test-data/exchange';
import { parseImportText } from './import-parse';
import { MAX_PROBLEMS } from './import-problems';
import type {
  Article,
  Claim,
  ClaimChange,
  ClaimComment,
  ClaimVersion,
  Evidence,
  Tombstone,
} from '../types';

const RUNS = { numRuns: 100 };
const NOW = '2024-03-05T10:00:00.000Z';

const text = fc.string({ unit: 'binary', maxLength: 30 });
const timestamp = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());
const day = timestamp.map((value) => value.slice(0, 10));
const orEmpty = <T extends string>(value: fc.Arbitrary<T>) => fc.oneof(fc.constant(''), value);
const webUrl = fc
  .tuple(fc.constantFrom('http', 'https'), fc.stringMatching(/^[a-z]{1,8}$/), text)
  .map(([scheme, host, path]) => `${scheme}://${host}.example/${encodeURIComponent(path)}`);

const anchor = fc
  .record({ exact: text, prefix: text, suffix: text, start: fc.nat(5000), end: fc.nat(5000) })
  .map((a) => ({ ...a, start: Math.min(a.start, a.end), end: Math.max(a.start, a.end) }));
const evidence: fc.Arbitrary<Evidence> = fc.record({
  id: fc.uuid(),
  url: webUrl,
  title: text,
  stance: fc.constantFrom('supports', 'refutes', 'context'),
  note: text,
});
const content = {
  anchor,
  verdict: fc.constantFrom('confirmed', 'disputed', 'unverified'),
  note: text,
  evidence: fc.array(evidence, { maxLength: 2 }),
  tags: fc.array(text, { maxLength: 3 }),
  claimant: text,
  claimDate: orEmpty(day),
  reviewState: fc.constantFrom('draft', 'in-review', 'approved'),
  approvedBy: text,
  approvedAt: orEmpty(timestamp),
  reviewComment: text,
  rating: orEmpty(fc.constantFrom('true', 'false', 'misleading')),
} as const;
const version: fc.Arbitrary<ClaimVersion> = fc.record({
  ...content,
  updatedAt: timestamp,
  updatedBy: text,
  replacedBecause: text,
});

const change: fc.Arbitrary<ClaimChange> = fc.record({
  kind: fc.constantFrom('create', 'edit', 'reattach', 'delete', 'restore', 'merge'),
  at: timestamp,
  by: text,
  fields: fc.array(
    fc.record({
      field: fc.constantFrom('verdict', 'note', 'tags'),
      before: fc.oneof(text, fc.array(text, { maxLength: 2 })),
      after: fc.oneof(text, fc.array(text, { maxLength: 2 })),
    }),
    { maxLength: 2 },
  ),
  rev: fc.uuid(),
});
const comment: fc.Arbitrary<ClaimComment> = fc.record({
  id: fc.uuid(),
  by: text,
  at: timestamp,
  text,
  editedAt: orEmpty(timestamp),
});

const article: fc.Arbitrary<Article> = fc
  .record({
    id: fc.uuid(),
    title: text,
    sourceUrl: orEmpty(webUrl),
    publisher: text,
    author: text,
    publishedAt: orEmpty(day),
    language: fc.constantFrom('fr', 'en', 'other'),
    paragraphs: fc.array(text, { maxLength: 3 }),
    createdAt: timestamp,
    updatedAt: timestamp,
    history: fc.array(fc.tuple(text, timestamp), { maxLength: 2 }),
  })
  .map(({ paragraphs, history, ...fields }) => ({
    ...fields,
    // A document the editor opens, and its text (the rule every stored article keeps).
    doc: documentFromText(paragraphs.join('\n\n')),
    text: canonicalText(documentFromText(paragraphs.join('\n\n'))),
    textHistory: history.map(([old, replacedAt]) => ({ doc: docOf([old]), text: old, replacedAt })),
  }));

const snapshot = fc
  .uniqueArray(article, { selector: (a) => a.id, maxLength: 3 })
  .chain((articles) => {
    const articleId = articles.length ? fc.constantFrom(...articles.map((a) => a.id)) : fc.uuid();
    const claim: fc.Arbitrary<Claim> = fc.record({
      ...content,
      id: fc.uuid(),
      articleId,
      createdAt: timestamp,
      createdBy: text,
      updatedAt: timestamp,
      updatedBy: text,
      history: fc.array(version, { maxLength: 2 }),
      orphanedAt: orEmpty(timestamp),
      rev: fc.uuid(),
      log: fc.array(change, { maxLength: 2 }),
      comments: fc.array(comment, { maxLength: 2 }),
    });
    const tombstone: fc.Arbitrary<Tombstone> = fc.record({
      id: fc.uuid(),
      articleId,
      deletedAt: timestamp,
      deletedBy: text,
    });
    return fc.record({
      articles: fc.constant(articles),
      claims: fc.uniqueArray(claim, { selector: (c) => c.id, maxLength: 6 }),
      tombstones: fc.uniqueArray(tombstone, { selector: (t) => t.id, maxLength: 3 }),
    });
  });

const bundleText = snapshot.map(async (input) =>
  JSON.stringify(await buildBundle({ ...input, exportedBy: 'Camille', now: NOW })),
);

/** Every path in a JSON value, the root ([]) included. */
function pathsOf(value: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, path] = entry;
    paths.push(path);
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, child] of Object.entries(node)) {
      stack.push([child, [...path, Array.isArray(node) ? Number(key) : key]]);
    }
  }
  return paths;
}

const kind = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

function expectRefused(text: string): void {
  const result = parseImportText(text);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
  }
}

describe('bundle properties', () => {
  it('build → JSON → parseImportText gives back the same articles, claims and tombstones', async () => {
    await fc.assert(
      fc.asyncProperty(snapshot, async (input) => {
        const built = await buildBundle({ ...input, exportedBy: 'Camille', now: NOW });
        const result = parseImportText(JSON.stringify(built));
        expect(result).toEqual({ ok: true, kind: 'bundle', bundle: built });
        if (!result.ok || result.kind !== 'bundle') return;
        const byId = <T extends { id: string }>(list: T[]) =>
          [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(byId(result.bundle.articles.map(withoutTextHash))).toEqual(byId(input.articles));
        expect(byId(result.bundle.claims)).toEqual(byId(input.claims));
        expect(byId(result.bundle.tombstones)).toEqual(byId(input.tombstones));
      }),
      RUNS,
    );
  });

  it('refuses a bundle cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        bundleText,
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (pending, where) => {
          const full = await pending;
          expectRefused(full.slice(0, Math.floor(where * (full.length - 1))));
        },
      ),
      RUNS,
    );
  });

  /** Keys added after version 1 was first written. */
  const LATER_KEYS = new Set([
    'orphanedAt',
    'rating',
    'rev',
    'log',
    'comments',
    'editedAt',
    'absorbed',
    'reason',
  ]);
  it('refuses a bundle where any value has the wrong type, or a required key is missing', async () => {
    const wrong = fc.constantFrom<unknown>(null, 0, -1.5, '', 'x', true, [], {}, [1], { a: 1 });
    await fc.assert(
      fc.asyncProperty(
        bundleText,
        fc.nat(),
        wrong,
        fc.boolean(),
        async (pending, pick, replacement, remove) => {
          const bundle = JSON.parse(await pending) as unknown;
          const paths = pathsOf(bundle);
          const path = paths[pick % paths.length]!;
          type Node = Record<string | number, unknown>;
          const parent = path.slice(0, -1).reduce((node, key) => node[key] as Node, bundle as Node);
          const key = path.at(-1);
          if (key === undefined) return expectRefused(JSON.stringify(replacement));
          // A change's values before and after are any JSON.
          if (path.includes('before') || path.includes('after')) return;
          // A document's keys, and keys added after version 1 was first written, may be absent.
          const optional = path.includes('doc') || LATER_KEYS.has(String(key));
          const old = parent[key];
          if (remove && !Array.isArray(parent) && !optional) delete parent[key];
          else if (kind(old) !== kind(replacement)) parent[key] = replacement;
          else if (typeof old === 'string' && key === 'format') parent[key] = `${old}-2`;
          else return;
          expectRefused(JSON.stringify(bundle));
        },
      ),
      RUNS,
    );
  });

  it.each([
    ['deep lists', (n: number) => '['.repeat(n) + ']'.repeat(n)],
    ['deep objects', (n: number) => '{"a":'.repeat(n) + 'null' + '}'.repeat(n)],
    ['unclosed lists', (n: number) => '['.repeat(n)],
    [
      'a deep document',
      (n: number) =>
        `{"format":"verdict-bundle","version":1,"articles":[{"doc":${'{"content":['.repeat(n)}${']}'.repeat(n)}}]}`,
    ],
  ])('refuses %s of any depth', (_label, make) => {
    fc.assert(
      fc.property(fc.integer({ min: 257, max: 20_000 }), (depth) => expectRefused(make(depth))),
      { numRuns: 20 },
    );
  });

  it('never throws on any JSON value or any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string({ unit: 'binary' }),
        ),
        (input) => {
          const result = parseImportText(input);
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses huge strings in the wrong place', () => {
    const huge = 'é'.repeat(2_000_000);
    expectRefused(JSON.stringify({ format: huge, version: 1 }));
    expectRefused(JSON.stringify({ format: 'verdict-bundle', version: 1, articles: huge }));
    expectRefused(huge);
  });
});
