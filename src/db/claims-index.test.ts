import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import { EMPTY_FILTER } from '../domain/claims/claim-filter';
import type { Anchor, DocumentJson, Verdict } from '../domain/types';
import { createArticle, deleteArticle } from './articles';
import { createClaim, updateClaim } from './claims';
import { openClaimsIndex } from './claims-index';
import { db } from './database';
import { saveReviewerSettings } from './settings';

const doc = (text: string): DocumentJson => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const anchor = (exact: string, start: number): Anchor => ({
  exact,
  prefix: '',
  suffix: '',
  start,
  end: start + exact.length,
});

/** Resolves on the index's next "changed". */
function changes() {
  let heard: () => void = () => undefined;
  return {
    onChanged: () => heard(),
    next: () => new Promise<void>((resolve) => (heard = resolve)),
  };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the claims index', () => {
  it('filters, sorts and counts the library, and gives the rows asked for', async () => {
    const b = await createArticle({ ...emptyArticleMeta(), title: 'Bercy' }, doc('un deux trois'));
    const a = await createArticle({ ...emptyArticleMeta(), title: 'audit' }, doc('quatre cinq'));
    await createClaim(b.id, anchor('trois', 8), 'disputed');
    await createClaim(b.id, anchor('un', 0), 'confirmed');
    await createClaim(a.id, anchor('cinq', 7), 'unverified');
    const index = openClaimsIndex(() => undefined);

    const all = await index.query(EMPTY_FILTER, 'position', 0, 2);
    expect(all.result).toEqual({
      total: 3,
      shown: 3,
      facets: {
        verdict: { confirmed: 1, disputed: 1, unverified: 1 },
        state: { draft: 3, 'in-review': 0, approved: 0 },
      },
      disagreements: 0,
    });
    expect(all.rows.map((row) => [row.article.title, row.claim.anchor.exact])).toEqual([
      ['audit', 'cinq'],
      ['Bercy', 'un'],
    ]);
    expect((await index.rows(2, 10)).rows.map((row) => row.claim.anchor.exact)).toEqual(['trois']);

    // A verdict toggle keeps its own facet: each count says what a click would give.
    const disputed = await index.query(
      { ...EMPTY_FILTER, verdicts: ['disputed'] },
      'position',
      0,
      5,
    );
    expect(disputed.result.shown).toBe(1);
    expect(disputed.result.facets.verdict).toEqual({ confirmed: 1, disputed: 1, unverified: 1 });
    expect(disputed.rows.map((row) => row.claim.anchor.exact)).toEqual(['trois']);
    const words = await index.query({ ...EMPTY_FILTER, text: 'CINQ' }, 'position', 0, 5);
    expect(words.rows.map((row) => row.claim.anchor.exact)).toEqual(['cinq']);
    index.close();
  });

  it('answers the unfiltered list’s first screen while it reads a large library', async () => {
    // Titles 00…29: the first part of the read (25 articles) holds the first screen.
    const articles = [];
    for (let i = 29; i >= 0; i--) {
      const title = `Article ${String(i).padStart(2, '0')}`;
      articles.push(await createArticle({ ...emptyArticleMeta(), title }, doc('un deux trois')));
    }
    for (const article of articles) await createClaim(article.id, anchor('deux', 3), 'disputed');
    const heard = changes();
    const read = heard.next();
    const index = openClaimsIndex(heard.onChanged);

    const first = await index.query(EMPTY_FILTER, 'position', 0, 3);
    expect(first.result.reading).toEqual({ read: 25, total: 30 });
    expect(first.result.shown).toBe(30);
    const titles = (rows: typeof first.rows) => rows.map((row) => row.article.title);
    expect(titles(first.rows)).toEqual(['Article 00', 'Article 01', 'Article 02']);

    await read;
    const full = await index.query(EMPTY_FILTER, 'position', 0, 3);
    expect(full.result.reading).toBeUndefined();
    expect(full.result.facets.verdict.disputed).toBe(30);
    expect(titles(full.rows)).toEqual(titles(first.rows));
    expect(titles((await index.rows(28, 30)).rows)).toEqual(['Article 28', 'Article 29']);
    index.close();
  });

  it('keeps the claims in a disagreement, with the disagreements filter', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'A' }, doc('un deux trois'));
    const judge = async (by: string, exact: string, start: number, verdict: Verdict) => {
      await saveReviewerSettings({ reviewerName: by, organisationName: '', organisationUrl: '' });
      await createClaim(a.id, anchor(exact, start), verdict);
    };
    await judge('Ana', 'un', 0, 'confirmed');
    await judge('Bo', 'un', 0, 'disputed');
    await judge('Ana', 'trois', 8, 'confirmed');
    await judge('Bo', 'trois', 8, 'confirmed');
    const index = openClaimsIndex(() => undefined);

    const all = await index.query(EMPTY_FILTER, 'position', 0, 10);
    expect(all.result.total).toBe(4);
    expect(all.result.disagreements).toBe(2);
    const disagreeing = await index.query(
      { ...EMPTY_FILTER, disagreements: true },
      'position',
      0,
      10,
    );
    expect(disagreeing.result.shown).toBe(2);
    expect(disagreeing.result.facets.verdict).toEqual({ confirmed: 1, disputed: 1, unverified: 0 });
    // Both claims are on the same words, created within the same millisecond or not.
    const shown = disagreeing.rows.map((row) => [row.claim.createdBy, row.claim.verdict]);
    expect(shown.sort()).toEqual([
      ['Ana', 'confirmed'],
      ['Bo', 'disputed'],
    ]);
    index.close();
  });

  it('follows writes: a changed claim, a new one, a deleted article', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'A' }, doc('un deux trois'));
    const b = await createArticle({ ...emptyArticleMeta(), title: 'B' }, doc('quatre cinq'));
    const one = await createClaim(a.id, anchor('un', 0), 'unverified');
    const heard = changes();
    const index = openClaimsIndex(heard.onChanged);
    expect((await index.query(EMPTY_FILTER, 'position', 0, 5)).result.total).toBe(1);

    let changed = heard.next();
    await updateClaim(one.id, { verdict: 'confirmed' });
    await changed;
    const confirmed = await index.query(EMPTY_FILTER, 'position', 0, 5);
    expect(confirmed.rows.map((row) => row.claim.verdict)).toEqual(['confirmed']);

    changed = heard.next();
    await createClaim(b.id, anchor('cinq', 7), 'disputed');
    await changed;
    expect((await index.query(EMPTY_FILTER, 'position', 0, 5)).result.total).toBe(2);

    changed = heard.next();
    await deleteArticle(a.id);
    await changed;
    const left = await index.query(EMPTY_FILTER, 'position', 0, 5);
    expect(left.rows.map((row) => [row.article.title, row.claim.anchor.exact])).toEqual([
      ['B', 'cinq'],
    ]);
    index.close();
  });
});
