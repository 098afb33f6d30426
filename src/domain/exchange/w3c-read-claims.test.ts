import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visibleComments } from '../claims/comments';
import { locateAnchors } from '../anchoring/anchor';
import { makeArticle, sampleArticle, sampleClaims, SAMPLE_URL } from '../test-data/exchange';
import { parseImportText } from './import-parse';
import { planMerge } from '../merge/plan';
import { toW3CCollection } from './w3c-write';
import type { W3CImported } from './w3c-read-annotation';
import { groupBySource, w3cArticleFor, w3cToClaims } from './w3c-read-claims';
import { OUTSIDE_ANNOTATION_NAMESPACE, uuidV5 } from './uuid-v5';

const NOW = '2024-03-06T12:00:00.000Z';
const OPTIONS = { now: NOW, by: 'Importeur', reanchor: locateAnchors };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function imported(overrides: Partial<W3CImported> = {}): W3CImported {
  return {
    source: SAMPLE_URL,
    quote: { exact: 'plus de 10 000 utilisateurs', prefix: '', suffix: '' },
    verdict: 'confirmed',
    note: '',
    tags: [],
    evidence: [],
    creator: '',
    comments: [],
    details: {},
    ...overrides,
  };
}

function annotationsOf(text: string): W3CImported[] {
  const result = parseImportText(text);
  if (!result.ok || result.kind !== 'w3c') throw new Error(JSON.stringify(result));
  return result.annotations;
}

describe('w3cArticleFor', () => {
  const withUrl = makeArticle({ id: 'a1', sourceUrl: 'https://www.example.fr/page?id=3' });
  const withoutUrl = makeArticle({ id: 'a2', sourceUrl: '' });
  it.each([
    ['urn:uuid:a2', 'a2'],
    ['https://www.example.fr/page?id=3', 'a1'],
    ['https://WWW.example.fr/page?id=3#para-2', 'a1'],
    ['https://www.example.fr/page?id=4', undefined],
    ['', undefined],
  ])('%j is article %s', (source, id) => {
    expect(w3cArticleFor(source, [withUrl, withoutUrl])?.id).toBe(id);
  });
});

describe('groupBySource', () => {
  it('keeps the order in which sources first appear', () => {
    const list = [imported({ source: 'b' }), imported({ source: 'a' }), imported({ source: 'b' })];
    expect([...groupBySource(list)].map(([source, group]) => [source, group.length])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });
});

describe('w3cToClaims', () => {
  const article = sampleArticle();

  it.each([
    ['an exact quote', 'plus de 10 000 utilisateurs', 'plus de 10 000 utilisateurs'],
    ['curly apostrophes', '"Bercy" n’a pas demandé d’audit', '"Bercy" n\'a pas demandé d\'audit'],
    ['a non-breaking space', 'plus de 10\u00a0000 utilisateurs', 'plus de 10 000 utilisateurs'],
  ])('anchors %s on the words of the local text', (_label, exact, words) => {
    const { claims, notFound } = w3cToClaims(
      [imported({ quote: { exact, prefix: '', suffix: '' } })],
      article,
      OPTIONS,
    );
    expect(notFound).toBe(0);
    expect(claims[0]!.anchor.exact).toBe(words);
    expect(claims[0]!.orphanedAt).toBe('');
    expect([...article.text].slice(claims[0]!.anchor.start, claims[0]!.anchor.end).join('')).toBe(
      words,
    );
  });

  it('keeps a quote it cannot find as it came, orphaned, never on guessed words', () => {
    const quote = { exact: 'Une phrase qui ne figure nulle part', prefix: 'a', suffix: 'b' };
    const { claims, notFound } = w3cToClaims(
      [imported({ quote, position: { start: 5, end: 40 } })],
      article,
      OPTIONS,
    );
    expect(notFound).toBe(1);
    expect(claims[0]).toMatchObject({ anchor: { ...quote, start: 5, end: 40 }, orphanedAt: NOW });
  });

  it('fills in ids, people and times the file lacks', () => {
    const { claims } = w3cToClaims(
      [imported({ evidence: [{ url: 'https://x.org', title: '', stance: 'context', note: '' }] })],
      article,
      OPTIONS,
    );
    expect(claims[0]).toMatchObject({
      articleId: article.id,
      createdAt: NOW,
      createdBy: 'Importeur',
      updatedAt: NOW,
      updatedBy: 'Importeur',
      reviewState: 'draft',
    });
    expect(claims[0]!.id).toMatch(UUID);
    // An evidence id the file lacks follows from the claim's (stable-ids.test.ts).
    expect(claims[0]!.evidence[0]!.id).toBe(
      uuidV5(`${claims[0]!.id}#evidence-0-https://x.org`, OUTSIDE_ANNOTATION_NAMESPACE),
    );
  });

  it('keeps what the file says about ids, people, times and details', () => {
    const annotation = imported({
      id: '9a1e4c7b-0f2d-4b3a-8e5c-1d2f3a4b5c60',
      creator: 'Jeanne',
      created: '2024-02-01T00:00:00.000Z',
      modified: '2024-02-02T00:00:00.000Z',
      details: { claimant: 'Cloudwatt', reviewState: 'in-review', updatedBy: 'Paul' },
    });
    expect(w3cToClaims([annotation], article, OPTIONS).claims[0]).toMatchObject({
      id: annotation.id,
      createdBy: 'Jeanne',
      createdAt: '2024-02-01T00:00:00.000Z',
      updatedAt: '2024-02-02T00:00:00.000Z',
      updatedBy: 'Paul',
      claimant: 'Cloudwatt',
      reviewState: 'in-review',
    });
  });

  it('re-imports its own W3C export as the same claims: nothing to merge', () => {
    const claims = sampleClaims(article);
    const text = JSON.stringify(
      toW3CCollection([article], claims, { id: 'urn:uuid:x', label: 'x' }),
    );
    const back = w3cToClaims(annotationsOf(text), article, OPTIONS);
    // W3C has no tombstone: a deleted comment does not travel, the others come back as replies.
    expect(back.claims).toEqual(
      claims.map((claim) => ({ ...claim, comments: visibleComments(claim.comments) })),
    );
    expect(back.claims[0]!.comments).toHaveLength(1);
    const plan = planMerge(
      { articles: [article], claims, tombstones: [] },
      { articles: [], claims: back.claims, tombstones: [] },
      { now: NOW, reanchor: locateAnchors },
    );
    expect(plan.claims).toMatchObject({ new: [], updated: [], unchanged: 3, conflicts: 0 });
  });
});

describe('e2e/fixtures/outside-w3c.jsonld', () => {
  const read = (name: string) =>
    readFileSync(new URL(`../../../e2e/fixtures/${name}`, import.meta.url), 'utf8');
  const paragraphs = read('cloudwatt-audit.fr.txt')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const article = makeArticle({ id: 'cloudwatt', sourceUrl: SAMPLE_URL, paragraphs });

  it('is read without problems and anchors both quotes in the French article', () => {
    const result = parseImportText(read('outside-w3c.jsonld'));
    expect(result).toMatchObject({ ok: true, kind: 'w3c', problems: [] });
    const annotations = annotationsOf(read('outside-w3c.jsonld'));
    expect(w3cArticleFor(annotations[0]!.source, [article])).toBe(article);
    const { claims, notFound } = w3cToClaims(annotations, article, OPTIONS);
    expect(notFound).toBe(0);
    expect(
      claims.map((claim) => [claim.anchor.exact, claim.verdict, claim.tags, claim.createdBy]),
    ).toEqual([
      ['"Bercy" n\'a pas demandé d\'audit', 'disputed', ['économie'], 'Jeanne Dupont'],
      ['Cloudwatt aurait lui-même demandé son audit', 'confirmed', [], 'Jeanne Dupont'],
    ]);
    expect(claims[0]!.note).toMatch(/^Le communiqué du ministère/);
    expect(claims[1]!.anchor.start).toBe(230);
  });
});
