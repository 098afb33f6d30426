import { describe, expect, it } from 'vitest';
import { FIVE_RATING_SCALE } from '../claims/ratings';
import { sampleArticle, sampleClaims } from '../test-data/exchange';
import { buildBundle } from './bundle';
import { parseImportText } from './import-parse';

async function bundleText(ratingScale?: unknown): Promise<string> {
  const article = sampleArticle();
  const [first, ...rest] = sampleClaims(article);
  const bundle = await buildBundle({
    articles: [article],
    claims: [{ ...first!, verdict: 'disputed', rating: 'misleading' }, ...rest],
    tombstones: [],
    exportedBy: 'Camille',
    now: '2024-03-05T10:00:00.000Z',
  });
  return JSON.stringify(ratingScale === undefined ? bundle : { ...bundle, ratingScale });
}

describe('the rating scale in a bundle', () => {
  it('travels as an optional top-level field and reads back as written', async () => {
    const parsed = parseImportText(await bundleText(FIVE_RATING_SCALE));
    expect(parsed.ok && parsed.kind === 'bundle' && parsed.bundle.ratingScale).toEqual(
      FIVE_RATING_SCALE,
    );
    const without = parseImportText(await bundleText());
    expect(without.ok && without.kind === 'bundle' && without.bundle.ratingScale).toBeUndefined();
  });

  it.each([
    [
      'a rating id twice',
      { id: 'x', ratings: [FIVE_RATING_SCALE.ratings[0], FIVE_RATING_SCALE.ratings[0]] },
      'ratingScale.ratings[1].id: the same id appears twice',
    ],
    [
      'a colour that is a name',
      { id: 'x', ratings: [{ ...FIVE_RATING_SCALE.ratings[0], colour: 'green' }] },
      'ratingScale.ratings[0].colour: expected a colour written #rrggbb',
    ],
    ['no rating', { id: 'x', ratings: [] }, 'ratingScale.ratings'],
  ])('refuses %s, saying where', async (_, scale, problem) => {
    const parsed = parseImportText(await bundleText(scale));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toContain(problem);
  });
});
