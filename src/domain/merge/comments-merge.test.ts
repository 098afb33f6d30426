import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../anchoring/anchor';
import { visibleComments } from '../claims/comments';
import { makeArticle, makeClaim } from '../test-data/exchange';
import type { Claim, ClaimComment } from '../types';
import { planMerge, type Snapshot } from './plan';

const article = makeArticle({ id: 'art', paragraphs: ['Le budget a doublé en un an.'] });
const base = makeClaim(article, 'Le budget a doublé', {
  id: 'c1',
  updatedAt: '2026-12-01T09:00:00.000Z',
});
const comment = (id: string, by: string, at: string, text = id, editedAt = ''): ClaimComment => ({
  id,
  by,
  at: `2026-12-01T${at}:00.000Z`,
  text,
  editedAt,
});
const side = (claim: Claim): Snapshot => ({ articles: [article], claims: [claim], tombstones: [] });
const merged = (local: Claim, incoming: Claim) => {
  const plan = planMerge(side(local), side(incoming), {
    now: '2026-12-02T00:00:00.000Z',
    reanchor: locateAnchors,
  });
  return plan.claims.updated[0] ?? local;
};

describe('merging a claim’s discussion', () => {
  const ana = comment('a', 'Ana', '10:00');
  const bo = comment('b', 'Bo', '10:05');

  it('joins both sides’ comments whichever side’s content wins', () => {
    const mine = { ...base, comments: [ana] };
    const theirs = {
      ...base,
      verdict: 'confirmed' as const,
      updatedAt: '2026-12-01T11:00:00.000Z',
      comments: [bo],
    };
    const here = merged(mine, theirs);
    expect(here.verdict).toBe('confirmed');
    expect(here.comments.map((c) => c.id)).toEqual(['a', 'b']);
    const there = merged(theirs, mine);
    expect(there.verdict).toBe('confirmed');
    expect(there.comments).toEqual(here.comments);
  });

  it('counts a claim whose only change is a comment as updated, and keeps deletions', () => {
    const deleted = { ...ana, text: '', editedAt: '2026-12-01T12:00:00.000Z' };
    const local = { ...base, comments: [deleted] };
    const older = { ...base, comments: [ana, bo] };
    const plan = planMerge(side(local), side(older), {
      now: '2026-12-02T00:00:00.000Z',
      reanchor: locateAnchors,
    });
    expect(plan.claims.updated).toHaveLength(1);
    expect(visibleComments(plan.claims.updated[0]!.comments).map((c) => c.id)).toEqual(['b']);
    expect(visibleComments(merged(older, local).comments).map((c) => c.id)).toEqual(['b']);
  });

  it('leaves a claim with the same discussion unchanged', () => {
    const claim = { ...base, comments: [ana, bo] };
    const plan = planMerge(side(claim), side(claim), {
      now: '2026-12-02T00:00:00.000Z',
      reanchor: locateAnchors,
    });
    expect([plan.claims.updated.length, plan.claims.unchanged]).toEqual([0, 1]);
  });
});
