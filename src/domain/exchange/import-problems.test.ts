import { describe, expect, it } from 'vitest';
import { buildBundle } from './bundle';
import { parseImportText } from './import-parse';
import { describeValue, showValue } from './import-problems';
import { sampleArticle, sampleClaims, SAMPLE_URL } from '../test-data/exchange';

const TOO_LARGE = 'a number too large to read, about 1.8e308 or more';
const TOO_NEGATIVE = 'a negative number too large to read, about -1.8e308 or less';

describe('describeValue', () => {
  it.each([
    [null, 'null'],
    [[1], 'a list'],
    ['x', 'a string'],
    [3, 'a whole number'],
    [3.5, 'a number'],
    [Infinity, TOO_LARGE],
    [-Infinity, TOO_NEGATIVE],
    [NaN, 'NaN (not a number)'],
    [true, 'true'],
    [{}, 'an object'],
  ])('%j is %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});

describe('showValue', () => {
  it.each([
    ['vrai', '"vrai"'],
    [2, '2'],
    [null, 'null'],
    [Infinity, TOO_LARGE],
    [-Infinity, TOO_NEGATIVE],
    [NaN, 'NaN (not a number)'],
  ])('%j shows as %s', (value, text) => {
    expect(showValue(value)).toBe(text);
  });
});

const article = sampleArticle();
const bundle = await buildBundle({
  articles: [article],
  claims: sampleClaims(article),
  tombstones: [],
  exportedBy: 'Camille',
  now: '2024-03-05T10:00:00.000Z',
});

/** The bundle's JSON with a number literal, which JSON.stringify cannot write, at one place. */
function withNumber(path: (string | number)[], literal: string): string {
  const copy = structuredClone(bundle) as unknown as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as typeof copy, copy);
  parent[path.at(-1)!] = 'NUMBER';
  return JSON.stringify(copy, null, 2).replace('"NUMBER"', literal);
}

describe('numbers JSON.parse reads as Infinity', () => {
  it.each([
    [
      ['claims', 0, 'anchor', 'start'],
      '1e400',
      `claims[0].anchor.start: expected a finite number, got ${TOO_LARGE}`,
    ],
    [
      ['claims', 1, 'anchor', 'end'],
      '-1E+999',
      `claims[1].anchor.end: expected a finite number, got ${TOO_NEGATIVE}`,
    ],
    [
      ['claims', 2, 'verdict'],
      '1e400',
      `claims[2].verdict: expected one of "confirmed", "disputed", "unverified", got ${TOO_LARGE}`,
    ],
    [['articles', 0, 'title'], '1e400', `articles[0].title: expected a string, got ${TOO_LARGE}`],
    [['version'], '1e400', `version: expected 1 (got ${TOO_LARGE})`],
    [['version'], '-1e400', `version: expected 1 (got ${TOO_NEGATIVE})`],
    [
      ['claims', 0, 'anchor', 'start'],
      '1e300',
      'claims[0].anchor.start: must be at most 9007199254740991',
    ],
  ])('%j = %s', (path, literal, problem) => {
    const result = parseImportText(withNumber(path, literal));
    expect(result).toEqual({ ok: false, problems: [problem] });
  });

  it('are named in W3C annotations too', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example.org/a/1',
      type: 'Annotation',
      target: {
        source: SAMPLE_URL,
        selector: [
          { type: 'TextQuoteSelector', exact: 'Bercy' },
          { type: 'TextPositionSelector', start: 'START', end: 2 },
        ],
      },
    };
    const text = JSON.stringify(annotation).replace('"START"', '1e400');
    expect(parseImportText(text)).toMatchObject({
      ok: true,
      problems: [`target.selector[1].start: expected a finite number, got ${TOO_LARGE} (ignored)`],
    });
  });
});
