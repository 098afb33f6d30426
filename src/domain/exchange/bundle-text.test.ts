import { describe, expect, it } from 'vitest';
import { FIVE_RATING_SCALE } from '../claims/ratings';
import { buildBundle } from './bundle';
import { bundleTextParts } from './bundle-text';
import { parseImportText } from './import-parse';
import { makeArticle, makeClaim, makeTombstone, sampleBundle } from '../test-data/exchange';

const text = (parts: string[]) => parts.join('');

describe('bundleTextParts', () => {
  it('writes the fields on lines of their own and each record on one line', async () => {
    const bundle = await sampleBundle();
    const lines = text(bundleTextParts(bundle)).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '{',
      '  "format": "verdict-bundle",',
      '  "version": 1,',
      '  "exportedAt": "2024-03-10T00:00:00.000Z",',
      '  "exportedBy": "Camille",',
      '  "articles": [',
    ]);
    const records = lines.filter((line) => line.startsWith('    '));
    expect(records).toHaveLength(bundle.articles.length + bundle.claims.length);
    const claimLines = records.slice(bundle.articles.length);
    expect(claimLines.map((line) => JSON.parse(line.trim().replace(/,$/, '')))).toEqual(
      bundle.claims,
    );
    expect(lines.slice(-4)).toEqual(['  ],', '  "tombstones": []', '}', '']);
  });

  it('parses back to the bundle, across parts of many records', async () => {
    const article = makeArticle({ paragraphs: ['Le « chiffre » d’après l’Insee : 3 %.'] });
    const claims = Array.from({ length: 1234 }, (_, n) =>
      makeClaim(article, 'chiffre', {
        id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        note: `n° ${n} — </script> \u2028`,
      }),
    );
    const bundle = await buildBundle({
      articles: [article],
      claims,
      tombstones: [
        makeTombstone(
          { ...claims[0]!, id: '00000000-0000-4000-8000-00000000dead' },
          '2024-03-05T10:00:00.000Z',
        ),
      ],
      exportedBy: 'Léa',
      now: '2024-03-10T00:00:00.000Z',
    });
    const parts = bundleTextParts(bundle);
    expect(parts.length).toBeGreaterThan(5);
    const written = text(parts);
    expect(written).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(written)).toEqual(bundle);
    const imported = parseImportText(written);
    expect(imported.ok && imported.kind === 'bundle' && imported.bundle.claims).toHaveLength(1234);
  });

  it('indents a rating scale as a field, and leaves out what is absent', async () => {
    const article = makeArticle();
    const input = { articles: [article], claims: [], tombstones: [], exportedBy: '', now: '' };
    const plain = text(bundleTextParts(await buildBundle(input)));
    expect(plain).not.toContain('ratingScale');
    expect(plain).toContain('  "claims": [],\n');
    const scaled = await buildBundle({ ...input, ratingScale: FIVE_RATING_SCALE });
    const written = text(bundleTextParts(scaled));
    expect(written).toContain('  "ratingScale": {\n    "');
    expect(written.endsWith('\n  }\n}\n')).toBe(true);
    expect(JSON.parse(written)).toEqual(scaled);
  });
});
