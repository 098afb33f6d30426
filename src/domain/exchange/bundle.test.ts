import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { buildBundle, textHashProblems, type Bundle } from './bundle';
import {
  anchorSchema,
  articleTextVersionSchema,
  bundleArticleSchema,
  bundleSchema,
  claimObject,
  claimSchema,
  claimVersionSchema,
  evidenceSchema,
  tombstoneSchema,
} from './bundle-schema';
import { ratingSchema } from './rating-scale-schema';
import {
  makeArticle,
  makeClaim,
  makeTombstone,
  sampleArticle,
  sampleClaims,
} from '../test-data/exchange';
import type {
  Anchor,
  ArticleTextVersion,
  Claim,
  ClaimVersion,
  Evidence,
  Tombstone,
} from '../types';

const NOW = '2024-03-05T10:00:00.000Z';
const SHA256_OF_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

async function sampleBundle(): Promise<Bundle> {
  const article = sampleArticle();
  const claims = sampleClaims(article);
  return buildBundle({
    articles: [article],
    claims: claims.slice(0, 2),
    tombstones: [makeTombstone(claims[2]!, NOW)],
    exportedBy: 'Camille',
    now: NOW,
  });
}

describe('buildBundle', () => {
  it('writes the header, and each article with the SHA-256 of its text', async () => {
    const article = makeArticle({ paragraphs: ['abc'] });
    const bundle = await buildBundle({
      articles: [article],
      claims: [],
      tombstones: [],
      exportedBy: 'Camille',
      now: NOW,
    });
    expect(bundle).toEqual({
      format: 'verdict-bundle',
      version: 1,
      exportedAt: NOW,
      exportedBy: 'Camille',
      articles: [{ ...article, textHash: SHA256_OF_ABC }],
      claims: [],
      tombstones: [],
    });
  });

  it.each([
    [
      'articles by createdAt, then id',
      [
        ['b', '2024-01-02T00:00:00.000Z'],
        ['c', '2024-01-01T00:00:00.000Z'],
        ['a', '2024-01-02T00:00:00.000Z'],
      ],
      ['c', 'a', 'b'],
    ],
    ['one article', [['a', '2024-01-01T00:00:00.000Z']], ['a']],
  ])('orders %s', async (_label, specs, order) => {
    const articles = specs.map(([id, createdAt]) => makeArticle({ id, createdAt }));
    const bundle = await buildBundle({
      articles,
      claims: [],
      tombstones: [],
      exportedBy: '',
      now: NOW,
    });
    expect(bundle.articles.map((article) => article.id)).toEqual(order);
  });

  it('orders claims by article, then start, then id, whatever the input order', async () => {
    const first = makeArticle({ id: 'a1', paragraphs: ['un deux trois quatre'] });
    const second = makeArticle({ id: 'a2', paragraphs: ['cinq six sept'] });
    const claims: Claim[] = [
      makeClaim(second, 'cinq', { id: 'k1' }),
      makeClaim(first, 'trois', { id: 'k2' }),
      makeClaim(first, 'un', { id: 'k4' }),
      makeClaim(first, 'un', { id: 'k3' }),
    ];
    const bundle = await buildBundle({
      articles: [second, first],
      claims,
      tombstones: [],
      exportedBy: '',
      now: NOW,
    });
    expect(bundle.claims.map((claim) => claim.id)).toEqual(['k3', 'k4', 'k2', 'k1']);
    expect(claims.map((claim) => claim.id)).toEqual(['k1', 'k2', 'k4', 'k3']);
  });

  it('builds a bundle that its own schema accepts', async () => {
    const bundle = await sampleBundle();
    const parsed = bundleSchema.safeParse(JSON.parse(JSON.stringify(bundle)));
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual(bundle);
  });
});

describe('textHashProblems', () => {
  it.each([
    ['an untouched bundle', (bundle: Bundle) => bundle, []],
    [
      'an edited text',
      (bundle: Bundle) => ({
        ...bundle,
        articles: bundle.articles.map((article) => ({ ...article, text: `${article.text}!` })),
      }),
      ["articles[0].textHash: does not match the article's text (edited or damaged file)"],
    ],
  ])('%s', async (_label, change, problems) => {
    expect(await textHashProblems(change(await sampleBundle()))).toEqual(problems);
  });
});

describe('the JSON Schema in public/schema', () => {
  const file = new URL('../../../public/schema/verdict-bundle.schema.json', import.meta.url);
  const schema = JSON.parse(readFileSync(file, 'utf8')) as {
    $schema: string;
    required: string[];
    properties: Record<string, unknown>;
    $defs: Record<string, { properties: Record<string, unknown>; required: string[] }>;
  };

  it('is draft 2020-12 and names every top-level property of a bundle', async () => {
    const keys = Object.keys(await sampleBundle()).sort();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // The rating scale, added after version 1 was first written, is optional for readers.
    expect(Object.keys(schema.properties).sort()).toEqual([...keys, 'ratingScale'].sort());
    expect([...schema.required].sort()).toEqual(keys);
  });

  it.each([
    ['article', bundleArticleSchema],
    ['articleTextVersion', articleTextVersionSchema],
    ['anchor', anchorSchema],
    ['evidence', evidenceSchema],
    ['claimVersion', claimVersionSchema],
    ['claim', claimObject],
    ['tombstone', tombstoneSchema],
    ['rating', ratingSchema],
  ] as const)('describes the same %s properties as the zod schema', (name, zodSchema) => {
    const definition = schema.$defs[name]!;
    const shape = Object.keys((zodSchema as unknown as z.ZodObject).shape).sort();
    expect(Object.keys(definition.properties).sort()).toEqual(shape);
    // Fields added after version 1 was first written are optional for readers.
    expect(
      [
        ...definition.required,
        ...(name === 'claim'
          ? ['orphanedAt', 'rev', 'log', 'comments', 'rating']
          : name === 'claimVersion'
            ? ['rating']
            : []),
      ].sort(),
    ).toEqual(shape);
  });
});

describe('the zod schemas', () => {
  it('produce the domain types', () => {
    expectTypeOf<z.output<typeof anchorSchema>>().toEqualTypeOf<Anchor>();
    expectTypeOf<z.output<typeof evidenceSchema>>().toEqualTypeOf<Evidence>();
    expectTypeOf<z.output<typeof claimVersionSchema>>().toExtend<ClaimVersion>();
    expectTypeOf<z.output<typeof claimSchema>>().toExtend<Claim>();
    expectTypeOf<z.output<typeof tombstoneSchema>>().toEqualTypeOf<Tombstone>();
    expectTypeOf<z.output<typeof articleTextVersionSchema>>().toExtend<ArticleTextVersion>();
    expectTypeOf<z.output<typeof bundleSchema>>().toExtend<Bundle>();
  });
});
