import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { planMerge } from '../merge/plan';
import { makeArticle, sampleArticle, sampleClaims } from '../test-data/exchange';
import { claimsForExport, isOrphan } from './export-claims';
import { parseImportText } from './import-parse';
import { w3cToClaims } from './w3c-read-claims';
import { toW3CCollection } from './w3c-write';

/*
 * A claim whose words are not in the text must never reach another tool with a position: a
 * consumer trusting offsets would put its verdict on other words. These tests build such claims
 * both ways the app knows them (deleted in an edit: `orphanedAt`; not found when the export
 * runs) and follow them through each format and back through our importer.
 */

const NOW = '2024-03-06T12:00:00.000Z';
const article = sampleArticle();
const [disputed, confirmed, unverified] = sampleClaims(article) as [
  ReturnType<typeof sampleClaims>[number],
  ReturnType<typeof sampleClaims>[number],
  ReturnType<typeof sampleClaims>[number],
];
/** Orphaned by an edit: its words were deleted (the offsets now point past the text's end). */
const deletedWords = {
  ...confirmed,
  anchor: { ...confirmed.anchor, start: article.text.length + 2, end: article.text.length + 22 },
  orphanedAt: '2024-03-05T09:00:00.000Z',
};
/** Not found when the export runs: words from another text, never marked orphaned. */
const lostWords = {
  ...unverified,
  anchor: { exact: 'une phrase qui ne figure pas', prefix: 'Et ', suffix: '.', start: 10, end: 38 },
};
const claims = [disputed, deletedWords, lostWords];
const located = (orphans: 'mark' | 'omit') =>
  claimsForExport([article], claims, { now: NOW, locate: locateAnchors, orphans });

interface Annotation {
  id: string;
  target: { selector: { type: string }[] };
  'verdict:status'?: string;
}

describe('claimsForExport', () => {
  it('marks both kinds of not-found claims, keeping a found claim on its current words', () => {
    const { claims: out, omitted } = located('mark');
    expect(omitted).toBe(0);
    expect(out.map((claim) => [claim.id, isOrphan(claim)])).toEqual([
      [disputed.id, false],
      [deletedWords.id, true],
      [lostWords.id, true],
    ]);
    expect(out[1]!.orphanedAt).toBe(deletedWords.orphanedAt);
    expect(out[2]!.orphanedAt).toBe(NOW);
  });

  it('gives a claim whose words moved the offsets of where they are now', () => {
    const edited = makeArticle({ id: article.id, paragraphs: ['Un nouveau début.', article.text] });
    const { claims: out } = claimsForExport([edited], [disputed], {
      now: NOW,
      locate: locateAnchors,
      orphans: 'mark',
    });
    const { start, end, exact } = out[0]!.anchor;
    expect([...edited.text].slice(start, end).join('')).toBe(exact);
    expect(start).toBeGreaterThan(disputed.anchor.start);
  });

  it('leaves them out on request, and counts them', () => {
    const { claims: out, omitted } = located('omit');
    expect(omitted).toBe(2);
    expect(out.map((claim) => claim.id)).toEqual([disputed.id]);
  });
});

describe('W3C export of not-found claims', () => {
  const collection = toW3CCollection([article], located('mark').claims, {
    id: 'urn:uuid:x',
    label: 'x',
  }) as { first: { items: Annotation[] } };
  const items = collection.first.items;
  const byId = (id: string) => items.find((item) => item.id === `urn:uuid:${id}`)!;

  it('keeps the quote, gives no position and says "orphaned"', () => {
    for (const claim of [deletedWords, lostWords]) {
      const annotation = byId(claim.id);
      expect(annotation.target.selector.map((selector) => selector.type)).toEqual([
        'TextQuoteSelector',
      ]);
      expect(annotation['verdict:status']).toBe('orphaned');
    }
    const found = byId(disputed.id);
    expect(found.target.selector.map((selector) => selector.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(found['verdict:status']).toBeUndefined();
  });

  it('comes back through our importer still orphaned, even into a text that has the words', () => {
    const result = parseImportText(JSON.stringify(collection));
    if (!result.ok || result.kind !== 'w3c') throw new Error('not read');
    expect(result.problems).toEqual([]);
    // The confirmed claim's words are in this text: only a person may re-attach it.
    const back = w3cToClaims(result.annotations, article, {
      now: NOW,
      by: 'Camille',
      reanchor: locateAnchors,
    });
    const orphaned = new Map(back.claims.map((claim) => [claim.id, isOrphan(claim)]));
    expect(orphaned).toEqual(
      new Map([
        [disputed.id, false],
        [deletedWords.id, true],
        [lostWords.id, true],
      ]),
    );
    expect(back.notFound).toBe(2);
    const plan = planMerge(
      { articles: [article], claims: [], tombstones: [] },
      { articles: [], claims: back.claims, tombstones: [] },
      { now: NOW, reanchor: locateAnchors },
    );
    expect(new Set(plan.claims.new.filter(isOrphan).map((claim) => claim.id))).toEqual(
      new Set([deletedWords.id, lostWords.id]),
    );
  });
});
