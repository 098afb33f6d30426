import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { planMerge } from '../merge/plan';
import { sampleArticle, SAMPLE_URL } from '../test-data/exchange';
import { parseImportText } from './import-parse';
import { OUTSIDE_ANNOTATION_NAMESPACE, uuidV5 } from './uuid-v5';
import type { W3CImported } from './w3c-read-annotation';
import { w3cToClaims } from './w3c-read-claims';

/*
 * Outside tools (Hypothesis among them) give annotations ids that are not `urn:uuid:`. Each
 * becomes the UUID v5 of the id, so that importing the same file twice updates the claims it
 * made the first time instead of adding copies.
 */

const article = sampleArticle();
const HYPOTHESIS_IDS = ['https://hypothes.is/a/Zx3bQm1aEe-8rwM', 'Zx3bQm1aEe-8rwN'];

/** A Hypothesis-style page: plain ids, a tag, a comment and a link, no times on the second. */
function outsideFile(): string {
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationPage',
    items: [
      {
        id: HYPOTHESIS_IDS[0],
        type: 'Annotation',
        created: '2024-02-12T09:15:00Z',
        body: [
          { type: 'TextualBody', purpose: 'assessing', value: 'disputed' },
          { type: 'TextualBody', purpose: 'commenting', value: 'Démenti par le ministère.' },
          { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/source' },
        ],
        target: {
          source: SAMPLE_URL,
          selector: { type: 'TextQuoteSelector', exact: '"Bercy" n’a pas demandé d’audit' },
        },
      },
      {
        id: HYPOTHESIS_IDS[1],
        type: 'Annotation',
        created: '2024-02-12T09:20:00Z',
        body: [{ type: 'TextualBody', purpose: 'assessing', value: 'confirmed' }],
        target: {
          source: SAMPLE_URL,
          selector: [{ type: 'TextQuoteSelector', exact: 'plus de 10 000 utilisateurs' }],
        },
      },
    ],
  });
}

function read(text: string): W3CImported[] {
  const result = parseImportText(text);
  if (!result.ok || result.kind !== 'w3c') throw new Error(JSON.stringify(result));
  expect(result.problems).toEqual([]);
  return result.annotations;
}

const importOnce = (now: string) =>
  w3cToClaims(read(outsideFile()), article, { now, by: 'Camille', reanchor: locateAnchors });

describe('outside W3C annotation ids', () => {
  it('become the UUID v5 of the id under the fixed namespace', () => {
    expect(read(outsideFile()).map((annotation) => annotation.id)).toEqual(
      HYPOTHESIS_IDS.map((id) => uuidV5(id, OUTSIDE_ANNOTATION_NAMESPACE)),
    );
  });

  it('keep a urn:uuid id as it is', () => {
    const file = JSON.parse(outsideFile());
    file.items[0].id = 'urn:uuid:9A1E4C7B-0F2D-4B3A-8E5C-1D2F3A4B5C60';
    expect(read(JSON.stringify(file))[0]!.id).toBe('9a1e4c7b-0f2d-4b3a-8e5c-1d2f3a4b5c60');
  });

  it('make the same file, imported twice, the same claims: the second import changes nothing', () => {
    const first = importOnce('2024-03-01T10:00:00.000Z');
    const second = importOnce('2024-03-08T10:00:00.000Z');
    expect(second.claims.map((claim) => claim.id)).toEqual(first.claims.map((claim) => claim.id));
    expect(second.claims[0]!.evidence[0]!.id).toBe(first.claims[0]!.evidence[0]!.id);
    expect(second.claims[0]).toEqual(first.claims[0]);
    const local = { articles: [article], claims: first.claims, tombstones: [] };
    const plan = planMerge(
      local,
      { articles: [], claims: second.claims, tombstones: [] },
      { now: '2024-03-08T10:00:00.000Z', reanchor: locateAnchors },
    );
    expect(plan.claims).toMatchObject({ new: [], updated: [], unchanged: 2, conflicts: 0 });
  });

  it('update the claim when the file changed between the two imports', () => {
    const first = importOnce('2024-03-01T10:00:00.000Z');
    const file = JSON.parse(outsideFile());
    file.items[1].body[0].value = 'disputed';
    file.items[1].modified = '2024-03-05T10:00:00Z';
    const changed = w3cToClaims(read(JSON.stringify(file)), article, {
      now: '2024-03-08T10:00:00.000Z',
      by: 'Camille',
      reanchor: locateAnchors,
    });
    const plan = planMerge(
      { articles: [article], claims: first.claims, tombstones: [] },
      { articles: [], claims: changed.claims, tombstones: [] },
      { now: '2024-03-08T10:00:00.000Z', reanchor: locateAnchors },
    );
    expect(plan.claims.new).toEqual([]);
    expect(plan.claims.updated.map((claim) => [claim.id, claim.verdict])).toEqual([
      [first.claims[1]!.id, 'disputed'],
    ]);
  });
});
