import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { unionComments, visibleComments } from '../claims/comments';
import { planMerge } from '../merge/plan';
import { sampleArticle, sampleClaims, SAMPLE_URL } from '../test-data/exchange';
import { readW3C } from './w3c-read';
import { w3cToClaims } from './w3c-read-claims';
import { toW3CCollection } from './w3c-write';

const article = sampleArticle();
const claims = sampleClaims(article);
const CLAIM_ID = '2b7c1a4e-9f3d-4c2b-8a1e-6d5f4c3b2a10';
const NOW = '2026-12-02T00:00:00.000Z';

const claimAnnotation = {
  id: `urn:uuid:${CLAIM_ID}`,
  type: 'Annotation',
  body: [{ type: 'TextualBody', purpose: 'assessing', value: 'disputed' }],
  target: {
    source: SAMPLE_URL,
    selector: { type: 'TextQuoteSelector', exact: 'Bercy avait commandé un audit' },
  },
};
const reply = (overrides: Record<string, unknown> = {}) => ({
  id: 'urn:uuid:7e6d5c4b-3a29-4817-a6b5-c4d3e2f1a0b9',
  type: 'Annotation',
  motivation: 'replying',
  created: '2026-12-01T10:00:00+01:00',
  creator: 'Bo',
  body: { type: 'TextualBody', value: ' Quelle source ? ' },
  target: `urn:uuid:${CLAIM_ID}`,
  ...overrides,
});

describe('W3C replies', () => {
  it('reads a reply as a comment of the annotation it targets, whatever the order', () => {
    for (const items of [
      [claimAnnotation, reply()],
      [reply({ modified: '2026-12-01T09:30:00Z' }), claimAnnotation],
    ]) {
      const { annotations, problems } = readW3C(items);
      expect(problems).toEqual([]);
      expect(annotations).toHaveLength(1);
      expect(annotations[0]!.comments).toEqual([
        {
          id: '7e6d5c4b-3a29-4817-a6b5-c4d3e2f1a0b9',
          by: 'Bo',
          at: '2026-12-01T09:00:00.000Z',
          text: 'Quelle source ?',
          editedAt: items[0] === claimAnnotation ? '' : '2026-12-01T09:30:00.000Z',
        },
      ]);
    }
  });

  it('leaves out a reply it cannot place, with a problem naming where it is', () => {
    const { annotations, problems } = readW3C([
      claimAnnotation,
      reply({ target: 'urn:uuid:00000000-0000-4000-8000-000000000000' }),
      reply({ body: { type: 'TextualBody', value: '  ' } }),
      reply({ id: undefined }),
      reply({ created: 'hier' }),
    ]);
    expect(annotations[0]!.comments).toEqual([]);
    // Replies are placed once the whole file is read, so an unplaced one is told last.
    expect(problems).toEqual([
      '[2]: a reply without text; left out',
      '[3]: a reply without a usable id; left out',
      expect.stringContaining('[4].created: expected'),
      '[4]: a reply without its time (created); left out',
      '[1]: a reply to urn:uuid:00000000-0000-4000-8000-000000000000, which is not an annotation of this file; left out',
    ]);
  });

  it('keeps a discussion through export and import, and a deletion made here stays', () => {
    const collection = toW3CCollection([article], claims, { id: 'urn:uuid:x', label: 'x' });
    const { annotations, problems } = readW3C(collection);
    expect(problems).toEqual([]);
    const back = w3cToClaims(annotations, article, { now: NOW, by: 'Bo', reanchor: locateAnchors });
    expect(back.claims.map((c) => c.comments)).toEqual(
      claims.map((c) => visibleComments(c.comments)),
    );
    // Here, the comment the file still holds was deleted since: the import keeps it deleted.
    const [kept] = claims[0]!.comments;
    const deletedHere = { ...kept!, text: '', editedAt: '2024-03-05T08:00:00.000Z' };
    const local = claims.map((c, i) =>
      i === 0 ? { ...c, comments: unionComments(c.comments, [deletedHere]) } : c,
    );
    const plan = planMerge(
      { articles: [article], claims: local, tombstones: [] },
      { articles: [], claims: back.claims, tombstones: [] },
      { now: NOW, reanchor: locateAnchors },
    );
    expect(plan.claims).toMatchObject({ new: [], updated: [], unchanged: 3 });
  });
});
