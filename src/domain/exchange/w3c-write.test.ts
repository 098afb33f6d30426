import { describe, expect, it } from 'vitest';
import {
  makeArticle,
  makeClaim,
  sampleArticle,
  sampleClaims,
  SAMPLE_URL,
} from '../test-data/exchange';
import { toW3CAnnotation, toW3CCollection, toW3CReply } from './w3c-write';

const article = sampleArticle();
const claims = sampleClaims(article);
const [disputed] = claims;
const COLLECTION = { id: 'urn:uuid:0b6c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d', label: 'Vérifications' };

describe('toW3CAnnotation', () => {
  it('writes the verdict, note, tags, evidence and both selectors', () => {
    expect(toW3CAnnotation(article, disputed!)).toEqual({
      id: `urn:uuid:${disputed!.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: '2024-03-02T09:00:00.000Z',
      modified: '2024-03-04T15:30:00.000Z',
      creator: { type: 'Person', name: 'Camille' },
      body: [
        { type: 'TextualBody', purpose: 'assessing', value: 'disputed' },
        { type: 'TextualBody', purpose: 'commenting', value: disputed!.note, format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'économie' },
        { type: 'TextualBody', purpose: 'tagging', value: 'cloud' },
        {
          type: 'SpecificResource',
          purpose: 'linking',
          source: 'https://www.economie.gouv.fr/communique-cloudwatt',
          'verdict:id': 'b6a5c4d3-e2f1-4a0b-8c9d-0e1f2a3b4c5d',
          'verdict:stance': 'refutes',
          'verdict:title': 'Communiqué du ministère, 3 mars',
        },
      ],
      target: {
        source: SAMPLE_URL,
        selector: [
          { type: 'TextQuoteSelector', ...pick(disputed!.anchor, 'exact', 'prefix', 'suffix') },
          { type: 'TextPositionSelector', ...pick(disputed!.anchor, 'start', 'end') },
        ],
      },
      'verdict:reviewState': 'approved',
      'verdict:claimant': 'Pierre Paperon',
      'verdict:claimDate': '2014-11-14',
      'verdict:approvedBy': 'Dominique',
      'verdict:approvedAt': '2024-03-04T16:00:00.000Z',
      'verdict:updatedBy': 'Camille',
    });
  });

  it.each([
    ['an article without a source URL', { sourceUrl: '' }, `urn:uuid:${article.id}`],
    ['an article with one', {}, SAMPLE_URL],
  ])('targets %s by %s', (_label, change, source) => {
    const annotation = toW3CAnnotation({ ...article, ...change }, disputed!) as {
      target: { source: string };
    };
    expect(annotation.target.source).toBe(source);
  });

  it('turns offsets into UTC and leaves out an empty creator', () => {
    const claim = { ...disputed!, createdBy: '', updatedAt: '2024-03-04T17:30:00+02:00' };
    const annotation = toW3CAnnotation(article, claim) as Record<string, unknown>;
    expect(annotation.modified).toBe('2024-03-04T15:30:00.000Z');
    expect(annotation).not.toHaveProperty('creator');
  });
});

describe('toW3CCollection', () => {
  it('embeds one page with every claim of the given articles, in reading order', () => {
    const other = makeArticle({ id: 'other', createdAt: '2020-01-01T00:00:00.000Z' });
    const stray = makeClaim(other, 'texte', { id: 'stray', articleId: 'missing' });
    const collection = toW3CCollection(
      [article, other],
      [...claims].reverse().concat(stray),
      COLLECTION,
    ) as {
      first: { items: { id: string }[] };
    };
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      ...COLLECTION,
      type: 'AnnotationCollection',
      total: 4,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    // Each claim is followed by the replies of its discussion (its deleted comment left out).
    expect(collection.first.items.map((item) => item.id)).toEqual([
      `urn:uuid:${claims[0]!.id}`,
      `urn:uuid:${claims[0]!.comments[0]!.id}`,
      ...claims.slice(1).map((c) => `urn:uuid:${c.id}`),
    ]);
  });
});

describe('toW3CReply', () => {
  it('writes a comment as a reply targeting its claim’s annotation', () => {
    const [comment] = disputed!.comments;
    expect(toW3CReply(disputed!, comment!)).toEqual({
      id: `urn:uuid:${comment!.id}`,
      type: 'Annotation',
      motivation: 'replying',
      created: '2024-03-04T15:45:00.000Z',
      modified: '2024-03-04T15:50:00.000Z',
      creator: { type: 'Person', name: 'Dominique' },
      body: { type: 'TextualBody', value: comment!.text, format: 'text/plain' },
      target: `urn:uuid:${disputed!.id}`,
    });
    const unedited = toW3CReply(disputed!, { ...comment!, editedAt: '', by: '' });
    expect(unedited).not.toHaveProperty('modified');
    expect(unedited).not.toHaveProperty('creator');
  });
});

function pick<T extends object, K extends keyof T>(value: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}
