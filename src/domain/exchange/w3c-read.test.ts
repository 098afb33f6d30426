import { describe, expect, it } from 'vitest';
import { sampleArticle, sampleClaims, SAMPLE_URL } from '../test-data/exchange';
import { parseImportText } from './import-parse';
import { toW3CCollection } from './w3c-write';
import type { W3CImported } from './w3c-read-annotation';
import { readW3C } from './w3c-read';

const article = sampleArticle();
const claims = sampleClaims(article);
const [disputed] = claims;
const COLLECTION = { id: 'urn:uuid:0b6c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d', label: 'Vérifications' };

/** A minimal annotation by another tool, with overrides. */
function outside(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example.org/a/1',
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'assessing', value: 'disputed' }],
    target: {
      source: SAMPLE_URL,
      selector: { type: 'TextQuoteSelector', exact: 'Bercy avait commandé un audit' },
    },
    ...overrides,
  };
}

function readOne(value: unknown): { annotation: W3CImported | undefined; problems: string[] } {
  const { annotations, problems } = readW3C(value);
  return { annotation: annotations[0], problems };
}

describe('readW3C', () => {
  it('reads back everything a Verdict export holds', () => {
    const result = parseImportText(JSON.stringify(toW3CCollection([article], claims, COLLECTION)));
    expect(result).toMatchObject({ ok: true, kind: 'w3c', problems: [] });
    const imported = result.ok && result.kind === 'w3c' ? result.annotations : [];
    expect(imported[0]).toEqual({
      id: disputed!.id,
      source: SAMPLE_URL,
      quote: pick(disputed!.anchor, 'exact', 'prefix', 'suffix'),
      position: pick(disputed!.anchor, 'start', 'end'),
      verdict: 'disputed',
      note: disputed!.note,
      tags: ['économie', 'cloud'],
      evidence: disputed!.evidence,
      creator: 'Camille',
      comments: [disputed!.comments[0]],
      created: disputed!.createdAt,
      modified: disputed!.updatedAt,
      details: {
        claimant: 'Pierre Paperon',
        claimDate: '2014-11-14',
        reviewState: 'approved',
        approvedBy: 'Dominique',
        approvedAt: '2024-03-04T16:00:00.000Z',
        updatedBy: 'Camille',
      },
    });
    expect(imported.map((a) => a.verdict)).toEqual(['disputed', 'confirmed', 'unverified']);
  });

  it.each([
    ['one annotation', outside(), 1],
    ['a list', [outside(), outside()], 2],
    ['a page', { type: 'AnnotationPage', items: [outside()] }, 1],
    [
      'a collection',
      { type: ['AnnotationCollection'], first: { items: [outside(), outside()] } },
      2,
    ],
  ])('reads %s', (_label, value, count) => {
    expect(readW3C(value)).toMatchObject({ problems: [] });
    expect(readW3C(value).annotations).toHaveLength(count);
  });

  it.each([
    [
      'no assessing body',
      { body: { type: 'TextualBody', value: 'Une remarque' } },
      { verdict: 'unverified', note: 'Une remarque' },
      [],
    ],
    [
      'an upper-case verdict',
      { body: { purpose: 'assessing', value: ' Confirmed ' } },
      { verdict: 'confirmed' },
      [],
    ],
    [
      'an unknown verdict',
      { body: [{ purpose: ['assessing'], value: 'faux' }] },
      { verdict: 'unverified' },
      ['body[0].value: unknown verdict "faux" (imported as unverified)'],
    ],
    [
      'a bare link body',
      { body: 'https://example.org/source' },
      { evidence: [{ url: 'https://example.org/source', title: '', stance: 'context', note: '' }] },
      [],
    ],
    [
      'links that are not web addresses',
      { body: ['javascript:alert(1)', { purpose: 'linking', source: 'ftp://x.org/f' }] },
      { evidence: [] },
      ['body: left out evidence links that are not http(s): javascript:alert(1), ftp://x.org/f'],
    ],
    [
      'a creator object',
      { creator: [{ type: 'Person', nickname: 'jdupont' }] },
      { creator: 'jdupont' },
      [],
    ],
    [
      'a urn:uuid id',
      { id: 'urn:uuid:8D0F6C52-1E3A-4B7C-9D2E-5F6A7B8C9D01' },
      { id: '8d0f6c52-1e3a-4b7c-9d2e-5f6a7b8c9d01' },
      [],
    ],
    [
      'local times',
      { created: '2024-03-02T10:00:00+01:00', modified: 'hier' },
      { created: '2024-03-02T09:00:00.000Z' },
      [
        'modified: expected a date and time (ISO 8601, like 2024-05-01T09:30:00.000Z), got "hier" (ignored)',
      ],
    ],
    [
      'a time past the year 9999',
      { created: '+010000-01-01T00:00:00Z' },
      { verdict: 'disputed' },
      [
        'created: expected a date and time (ISO 8601, like 2024-05-01T09:30:00.000Z), got "+010000-01-01T00:00:00Z" (ignored)',
      ],
    ],
    [
      'an approval time that is a year',
      { 'verdict:approvedAt': '2024', 'verdict:claimDate': '2014-02-30' },
      { details: {} },
      [
        'verdict:claimDate: expected a date (YYYY-MM-DD) or "", got "2014-02-30" (ignored)',
        'verdict:approvedAt: expected a date and time (ISO 8601, like 2024-05-01T09:30:00.000Z) or "", got "2024" (ignored)',
      ],
    ],
    [
      'an approval time with an offset',
      { 'verdict:approvedAt': '2024-03-04T17:00:00+01:00' },
      { details: { approvedAt: '2024-03-04T16:00:00.000Z' } },
      [],
    ],
    [
      'an evidence body with an empty id',
      { body: { purpose: 'linking', source: 'https://x.org/s', 'verdict:id': '' } },
      { evidence: [{ url: 'https://x.org/s', title: '', stance: 'context', note: '' }] },
      [
        'body.verdict:id: expected an id of 1 to 200 letters, digits or . _ : / -, got "" (ignored)',
      ],
    ],
    [
      'a wrong verdict: key',
      { 'verdict:reviewState': 'publié' },
      { details: {} },
      ['verdict:reviewState: unexpected value "publié" (ignored)'],
    ],
    [
      'a bad position',
      {
        target: {
          source: SAMPLE_URL,
          selector: [
            { type: 'TextQuoteSelector', exact: 'x' },
            { type: 'TextPositionSelector', start: 9, end: 2 },
          ],
        },
      },
      { quote: { exact: 'x', prefix: '', suffix: '' } },
      ['target.selector[1].end: start must not be after end (ignored)'],
    ],
  ])('reads an annotation with %s', (_label, overrides, expected, problems) => {
    const { annotation, problems: found } = readOne(outside(overrides));
    expect(annotation).toMatchObject(expected);
    expect(found).toEqual(problems);
  });

  it.each([
    [
      'no target',
      { target: undefined },
      'target: missing (expected a string or an object or a list)',
    ],
    [
      'a target without quote',
      { target: 'https://example.org/' },
      'target: no TextQuoteSelector, so there are no quoted words to find',
    ],
    [
      'an empty quote',
      { target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: '' } } },
      'target.selector.exact: must not be empty',
    ],
    [
      'a source that is a number',
      { target: { source: 7 } },
      'target.source: expected a string, got a whole number',
    ],
    [
      'a body value that is a number',
      { body: { purpose: 'tagging', value: 7 } },
      'body.value: expected a string, got a whole number',
    ],
  ])('leaves out an annotation with %s', (_label, overrides, problem) => {
    expect(readW3C([outside(), outside(overrides)])).toEqual({
      annotations: [expect.objectContaining({ source: SAMPLE_URL })],
      problems: [problem.replace(/^/, '[1].')],
    });
  });

  it.each([
    [
      'a collection whose page is a link',
      { type: 'AnnotationCollection', first: 'https://x.org/p1' },
      "first: the collection's first page is not embedded (it is only a link: https://x.org/p1)",
    ],
    [
      'a collection without page',
      { type: 'AnnotationCollection' },
      'first: missing (expected the collection’s first page of annotations)',
    ],
    [
      'a page without items',
      { type: 'AnnotationPage', items: 3 },
      'items: expected a list of annotations',
    ],
  ])('explains %s', (_label, value, problem) => {
    expect(readW3C(value)).toEqual({ annotations: [], problems: [problem] });
  });

  it('says when later pages were not read', () => {
    const value = { type: 'AnnotationPage', items: [outside()], next: 'https://x.org/p2' };
    expect(readW3C(value).problems).toEqual([
      'next: later pages are not embedded in the file; only this page was read',
    ]);
  });
});

function pick<T extends object, K extends keyof T>(value: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}
