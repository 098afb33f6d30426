import { describe, expect, it } from 'vitest';
import { makeArticle, makeClaim } from '../test-data/exchange';
import type { Article, Claim, Tombstone } from '../types';
import { checkArticle, checkClaim, checkTombstone } from './stored-record';
import { repairStoredRows } from './stored-repair';

const NOW = '2024-04-01T12:00:00.000Z';
const article = makeArticle({ id: 'a1', paragraphs: ['Un deux trois.'] });
const claim = makeClaim(article, 'deux', { id: 'c1' });

function repair(articles: Article[], claims: Claim[] = [], tombstones: Tombstone[] = []) {
  let n = 0;
  return repairStoredRows({ articles, claims, tombstones }, NOW, () => `new-${++n}`);
}

describe('repairStoredRows', () => {
  it('leaves records that keep the rule alone', () => {
    expect(repair([article], [claim])).toEqual({
      articles: { put: [], deleted: [] },
      claims: { put: [], deleted: [] },
      tombstones: { put: [], deleted: [] },
    });
  });

  it.each<[string, Partial<Claim>, Partial<Claim>]>([
    [
      'a time with an offset',
      { updatedAt: '2024-03-02T10:00:00+01:00' },
      { updatedAt: '2024-03-02T09:00:00.000Z' },
    ],
    ['an approval time that is a year', { approvedAt: '2024' }, { approvedAt: '' }],
    [
      'a creation time past 9999',
      { createdAt: '+010000-01-01T00:00:00.000Z' },
      { createdAt: claim.updatedAt },
    ],
    ['an impossible claim date', { claimDate: '2024-02-30' }, { claimDate: '' }],
    [
      'an empty evidence id, and evidence that is no web address',
      {
        evidence: [
          { id: '', url: 'https://x.org', title: '', stance: 'context', note: '' },
          { id: 'e2', url: 'javascript:x', title: '', stance: 'context', note: '' },
        ],
      },
      { evidence: [{ id: 'new-1', url: 'https://x.org', title: '', stance: 'context', note: '' }] },
    ],
  ])('brings %s into the rule', (_label, change, repaired) => {
    const result = repair([article], [{ ...claim, ...change }]);
    expect(result.claims.put).toEqual([{ ...claim, ...repaired }]);
    expect(checkClaim(result.claims.put[0]).ok).toBe(true);
  });

  it('renames ids outside the alphabet, the references following, without taking a used id', () => {
    const spaced = { ...article, id: ' a1 ' };
    const other = { ...article, id: 'le monde' };
    const result = repair(
      [article, spaced, other],
      [{ ...claim, articleId: 'le monde' }],
      [{ id: 'le monde', articleId: 'le monde', deletedAt: '2024-03-01T10:00:00', deletedBy: '' }],
    );
    expect(result.articles.put.map((a) => a.id)).toEqual(['new-1', 'new-2']);
    expect(result.articles.deleted).toEqual([' a1 ', 'le monde']);
    expect(result.claims.put).toEqual([{ ...claim, articleId: 'new-2' }]);
    expect(result.tombstones.put).toEqual([
      { id: 'new-2', articleId: 'new-2', deletedAt: '2024-03-01T10:00:00.000Z', deletedBy: '' },
    ]);
    expect(result.tombstones.put.every((t) => checkTombstone(t).ok)).toBe(true);
  });

  it('rebuilds a document the editor cannot open, keeping it in the history', () => {
    const doc = { type: 'doc', content: [{ type: 'image' }] };
    const result = repair([{ ...article, doc }]);
    expect(result.articles.put).toEqual([
      { ...article, textHistory: [{ doc, text: article.text, replacedAt: NOW }] },
    ]);
    expect(checkArticle(result.articles.put[0]).ok).toBe(true);
  });
});
