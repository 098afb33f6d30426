import { beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleMeta } from '../domain/claims/article-meta';
import type { Anchor, DocumentJson } from '../domain/types';
import { createArticle } from './articles';
import { createClaim } from './claims';
import { db } from './database';
import { savePublishingSettings } from './settings';
import { exportFile } from './exporter';

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

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('exportFile', () => {
  it('builds the library bundle as a Blob, saying each stage', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'Audit' }, doc('un deux'));
    await createArticle({ ...emptyArticleMeta(), title: 'Piscine' }, doc('trois'));
    await createClaim(a.id, anchor('deux', 3), 'disputed');
    const stages: string[] = [];
    const file = await exportFile('bundle', null, (stage) => stages.push(stage));
    expect(stages).toEqual(['reading', 'writing']);
    expect(file.name).toMatch(/\.verdict\.json$/);
    expect(file.blob.type).toBe('application/json');
    const bundle = JSON.parse(await file.blob.text()) as {
      format: string;
      articles: { title: string }[];
      claims: { anchor: Anchor }[];
    };
    expect(bundle.format).toBe('verdict-bundle');
    expect(bundle.articles.map((article) => article.title).sort()).toEqual(['Audit', 'Piscine']);
    expect(bundle.claims.map((claim) => claim.anchor.exact)).toEqual(['deux']);
  });

  it('builds one article as CSV', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'Audit' }, doc('un deux'));
    await createClaim(a.id, anchor('un', 0), 'confirmed');
    const file = await exportFile('csv', a.id, () => undefined);
    expect(file.name).toMatch(/^audit-.*\.csv$/);
    expect(await file.blob.text()).toContain('confirmed');
  });

  it('passes the choices to the worker: orphans left out, CSV separator', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'Audit' }, doc('un deux'));
    await createClaim(a.id, anchor('un', 0), 'confirmed');
    await createClaim(a.id, anchor('absent', 3), 'disputed');
    const choices = { includeInReview: false, separator: ';' as const };
    const marked = await exportFile('csv', a.id, () => undefined, { ...choices, orphans: 'mark' });
    expect(marked.omitted).toBe(0);
    const markedText = await marked.blob.text();
    expect(markedText).toContain('orphaned');
    expect(markedText.split('\n')[0]).toContain(';');
    const omitted = await exportFile('csv', a.id, () => undefined, { ...choices, orphans: 'omit' });
    expect(omitted.omitted).toBe(1);
    expect(await omitted.blob.text()).not.toContain('absent');
  });

  it('refuses ClaimReview without a fact-check URL template, and uses it when set', async () => {
    const a = await createArticle({ ...emptyArticleMeta(), title: 'Audit' }, doc('un deux'));
    const claim = await createClaim(a.id, anchor('un', 0), 'confirmed');
    await db.claims.update(claim.id, { reviewState: 'approved' });
    await expect(exportFile('claimreview', a.id, () => undefined)).rejects.toMatchObject({
      code: 'fact-check-url-missing',
    });
    await savePublishingSettings({
      factCheckUrlTemplate: 'https://example.org/check/{slug}#{claimId}',
    });
    const file = await exportFile('claimreview', a.id, () => undefined);
    expect(await file.blob.text()).toContain('https://example.org/check/');
  });
});
