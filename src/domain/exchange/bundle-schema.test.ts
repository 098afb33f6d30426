import { describe, expect, it } from 'vitest';
import { isDocumentShape } from '../text/document-check';
import { buildBundle, type Bundle } from './bundle';
import { documentSchema } from './bundle-schema';
import { parseImportText } from './import-parse';
import { sampleArticle, sampleClaims } from '../test-data/exchange';

type Path = (string | number)[];

async function sample(): Promise<Bundle> {
  const article = sampleArticle();
  return buildBundle({
    articles: [article],
    claims: sampleClaims(article),
    tombstones: [],
    exportedBy: 'Camille',
    now: '2024-03-05T10:00:00.000Z',
  });
}

/** The sample bundle as JSON with one value set (a deep copy; the sample is left alone). */
async function withValue(path: Path, value: unknown): Promise<string> {
  const bundle = JSON.parse(JSON.stringify(await sample())) as Record<string | number, unknown>;
  const parent = path
    .slice(0, -1)
    .reduce((node, key) => node[key] as Record<string | number, unknown>, bundle);
  parent[path.at(-1)!] = value;
  return JSON.stringify(bundle);
}

const image = { type: 'image', attrs: { src: 'https://x.org/a.png' } };

describe('the bundle schema refuses what the app cannot store, and says where', () => {
  it.each<[string, Path, unknown, string]>([
    [
      'an unknown node type',
      ['articles', 0, 'doc', 'content', 2],
      image,
      'articles[0].doc.content[2]: unknown node type "image"',
    ],
    [
      'an unknown mark type',
      ['articles', 0, 'doc', 'content', 0, 'content', 0, 'marks'],
      [{ type: 'highlight' }],
      'articles[0].doc.content[0].content[0].marks[0]: unknown mark type "highlight"',
    ],
    [
      'a document that does not yield the text',
      ['articles', 0, 'doc', 'content', 0, 'content', 0, 'text'],
      'Cloudwatt aurait lui-même demandé son audit !',
      'articles[0].doc: does not yield the text of article "Cloudwatt aurait lui-même demandé son audit" (they differ from character 43)',
    ],
    [
      'an approval time that is a year',
      ['claims', 0, 'approvedAt'],
      '2024',
      'claims[0].approvedAt: expected a date and time (ISO 8601, like 2024-05-01T09:30:00.000Z) or ""',
    ],
    [
      'a six-digit year',
      ['articles', 0, 'createdAt'],
      '+010000-01-01T00:00:00.000Z',
      'articles[0].createdAt: expected a date and time (ISO 8601, like 2024-05-01T09:30:00.000Z)',
    ],
    [
      'a day that does not exist',
      ['claims', 0, 'claimDate'],
      '2014-02-30',
      'claims[0].claimDate: expected a date (YYYY-MM-DD) or ""',
    ],
    [
      'an empty evidence id',
      ['claims', 0, 'evidence', 0, 'id'],
      '',
      'claims[0].evidence[0].id: expected an id of 1 to 200 letters, digits or . _ : / -',
    ],
    [
      'an article id with a space',
      ['articles', 0, 'id'],
      'le monde',
      'articles[0].id: expected an id of 1 to 200 letters, digits or . _ : / -',
    ],
  ])('%s', async (_label, path, value, problem) => {
    const parsed = parseImportText(await withValue(path, value));
    expect(parsed).toEqual({ ok: false, problems: [problem] });
  });
});

describe('the bundle schema normalises', () => {
  it.each<[string, Path, unknown, unknown]>([
    [
      'a time with an offset',
      ['claims', 0, 'updatedAt'],
      '2024-03-04T16:30:00+01:00',
      '2024-03-04T15:30:00.000Z',
    ],
    [
      'a time without seconds',
      ['claims', 0, 'approvedAt'],
      '2024-03-04T16:00Z',
      '2024-03-04T16:00:00.000Z',
    ],
    ['an id with blanks around it', ['claims', 0, 'evidence', 0, 'id'], ' src-1 ', 'src-1'],
    [
      'an address with blanks around it',
      ['articles', 0, 'sourceUrl'],
      ' https://x.fr/a ',
      'https://x.fr/a',
    ],
  ])('%s', async (_label, path, value, stored) => {
    const parsed = parseImportText(await withValue(path, value));
    if (!parsed.ok || parsed.kind !== 'bundle') throw new Error(JSON.stringify(parsed));
    const found = path.reduce<unknown>(
      (node, key) => (node as Record<string | number, unknown>)[key],
      parsed.bundle,
    );
    expect(found).toBe(stored);
  });

  it('accepts ids with dots, colons and slashes', async () => {
    const bundle = await sample();
    const id = 'le.monde:2024/05/cloudwatt';
    const text = JSON.stringify({
      ...bundle,
      articles: bundle.articles.map((article) => ({ ...article, id })),
      claims: bundle.claims.map((claim) => ({ ...claim, articleId: id })),
    });
    const parsed = parseImportText(text);
    expect(parsed.ok && parsed.kind === 'bundle' && parsed.bundle.articles[0]!.id).toBe(id);
  });
});

describe('isDocumentShape', () => {
  it.each<unknown>([
    { type: 'doc' },
    { type: 'doc', content: [{ type: 'image', attrs: { src: 'x' }, extra: 1 }] },
    { type: 'text', text: 'x', marks: [{ type: 'bold' }, { type: 'link', attrs: {} }] },
    { type: 'doc', content: [{ type: 'x', content: [{ type: 'y', content: [] }] }] },
    'x',
    null,
    [],
    { type: 1 },
    { type: 'doc', content: {} },
    { type: 'doc', content: [7] },
    { type: 'text', text: 3 },
    { type: 'p', attrs: [] },
    { type: 'p', marks: [{}] },
    { type: 'p', marks: [{ type: 'b', attrs: 'x' }] },
    { type: 'p', marks: {} },
  ])('agrees with the zod document schema on %j', (value) => {
    expect(isDocumentShape(value)).toBe(documentSchema.safeParse(value).success);
  });
});
