// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { locateAnchors } from '../domain/anchoring/anchor';
import { buildBundle, textHashProblems } from '../domain/exchange/bundle';
import { parseImportText } from '../domain/exchange/import-parse';
import { makeArticle, makeClaim } from '../domain/test-data/exchange';
import { SAVED_NEWS } from '../domain/test-data/saved-pages-news';
import { canonicalText } from '../domain/text/canonical-text';
import { htmlToDoc } from './article-input';
import { extractArticle } from './extract-article';

// An extracted article is an article like any other: its canonical text follows the same rules,
// so its claims export and import exactly as before (docs/DESIGN.md, "Words").

describe('claims on an extracted article', () => {
  it('export in a bundle and import back unchanged, still on their words', async () => {
    const extraction = extractArticle(SAVED_NEWS[0]!.html);
    const doc = htmlToDoc(extraction.articleHtml);
    const text = canonicalText(doc);
    const article = makeArticle({ doc, text, title: extraction.meta.title!.value });
    const quotes = [
      'Trois collèges ruraux fermeront en 2026',
      '420 élèves concernés',
      '« Nous ne pouvons plus maintenir des collèges de moins de 150 élèves »',
      'un recours devant le tribunal administratif',
    ];
    const claims = quotes.map((quote, i) =>
      makeClaim(article, quote, { id: `00000000-0000-4000-8000-00000000000${i}` }),
    );
    const bundle = await buildBundle({
      articles: [article],
      claims,
      tombstones: [],
      exportedBy: 'Camille',
      now: '2025-11-18T10:00:00.000Z',
    });
    const read = parseImportText(JSON.stringify(bundle));
    expect(read).toEqual({ ok: true, kind: 'bundle', bundle });
    expect(await textHashProblems(bundle)).toEqual([]);
    if (!read.ok || read.kind !== 'bundle') throw new Error('not a bundle');
    const imported = read.bundle.articles[0]!;
    expect(canonicalText(imported.doc)).toBe(text);
    const found = locateAnchors(
      imported.text,
      read.bundle.claims.map((claim) => claim.anchor),
    );
    expect(found.map((match) => match.status)).toEqual(quotes.map(() => 'exact'));
    expect(read.bundle.claims.map((claim) => claim.anchor)).toEqual(claims.map((c) => c.anchor));
  });
});
