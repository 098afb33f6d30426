import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { makeArticle, makeClaim } from '../test-data/exchange';
import { planMerge, type Snapshot } from './plan';
import type { Article, Claim, DocumentJson } from '../types';

// What a merge writes keeps the stored-data rule (src/domain/exchange/stored-record.ts), and an
// import never loses the document it replaces.

const NOW = '2024-04-01T12:00:00.000Z';
const T1 = '2024-03-01T10:00:00.000Z';
const T2 = '2024-03-02T10:00:00.000Z';
const TEXT = ['Le ministre a annoncé une baisse du chômage.', 'Les syndicats contestent.'];
const article = makeArticle({ id: 'art', paragraphs: TEXT, updatedAt: T1 });
const claim = makeClaim(article, 'une baisse du chômage', { id: 'c1', updatedAt: T1 });

const snapshot = (articles: Article[], claims: Claim[] = []): Snapshot => ({
  articles,
  claims,
  tombstones: [],
});
const merge = (local: Snapshot, incoming: Snapshot) =>
  planMerge(local, incoming, { now: NOW, reanchor: locateAnchors });

describe('planMerge and the stored-data rule', () => {
  it('keeps the document an import replaces, even when the text stays the same', () => {
    const bold: DocumentJson = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: TEXT[0]!, marks: [{ type: 'bold' }] }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: TEXT[1]! }] },
      ],
    };
    const incoming = { ...article, doc: bold, updatedAt: T2 };
    const plan = merge(snapshot([article]), snapshot([incoming]));
    expect(plan.articles.updated).toEqual([
      { ...incoming, textHistory: [{ doc: article.doc, text: article.text, replacedAt: NOW }] },
    ]);
    const again = merge(snapshot(plan.articles.updated), snapshot([incoming]));
    expect(again.articles).toMatchObject({ updated: [], unchanged: 1 });
  });

  it.each<[string, Partial<Article>, string]>([
    [
      'an unknown node',
      { doc: { type: 'doc', content: [{ type: 'image' }] } },
      'article art: doc.content[0]: unknown node type "image" (left out)',
    ],
    [
      'a document that does not give its text',
      { text: 'Autre chose.' },
      'article art: doc: does not yield the text of article "Article de test" (they differ from character 0) (left out)',
    ],
  ])(
    'leaves out an incoming article with %s, the local one untouched',
    (_label, change, problem) => {
      const plan = merge(snapshot([article]), snapshot([{ ...article, ...change, updatedAt: T2 }]));
      expect(plan.articles).toMatchObject({ new: [], updated: [], unchanged: 0 });
      expect(plan.problems).toEqual([problem]);
    },
  );

  it('stores incoming claims as every record is stored, and leaves out those it cannot', () => {
    const source = {
      id: '',
      url: 'https://x.org',
      title: '',
      stance: 'context',
      note: '',
    } as const;
    const plan = merge(
      snapshot([article]),
      snapshot(
        [],
        [
          { ...claim, approvedAt: '2024-03-02T11:00:00+01:00' },
          { ...claim, id: 'c2', approvedAt: '2024' },
          { ...claim, id: 'c3', evidence: [source] },
        ],
      ),
    );
    expect(plan.claims.new.map((c) => [c.id, c.approvedAt])).toEqual([['c1', T2]]);
    expect(plan.problems).toEqual([
      'claim c2: approvedAt: expected a date and time (ISO 8601, like 2024-05-01T09:30:00.000Z) or "" (left out)',
      'claim c3: evidence[0].id: expected an id of 1 to 200 letters, digits or . _ : / - (left out)',
    ]);
  });

  it('takes incoming records as they are when told they passed the rule (a bundle parsed)', () => {
    // The rule would normalise this time (the test above): here the plan takes it as given.
    const parsed = [claim, { ...claim, id: 'c2', approvedAt: '2024-03-02T11:00:00+01:00' }];
    const plan = planMerge(snapshot([article]), snapshot([], parsed), {
      now: NOW,
      reanchor: locateAnchors,
      checked: true,
    });
    expect(plan.claims.new).toHaveLength(2);
    // The very objects: the db layer writes the records a parse checked without a second check.
    plan.claims.new.forEach((written, index) => expect(written).toBe(parsed[index]));
    expect(plan.problems).toEqual([]);
  });
});
