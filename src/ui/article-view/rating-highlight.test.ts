import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIVE_RATING_SCALE, VERDICT_SCALE } from '../../domain/claims/ratings';
import type { Verdict } from '../../domain/types';
import { claimHighlightNames } from '../../editor/highlight-painter';
import {
  HIGHLIGHT_GROUNDS,
  contrast,
  over,
  paintStyle,
  parseColour,
  ratingTint,
  ratingTintVariables,
  tintAlpha,
} from './rating-highlight';

const THEME = readFileSync(join(process.cwd(), 'src', 'ui', 'app', 'theme.css'), 'utf8');
const CSS = readFileSync(
  join(process.cwd(), 'src', 'ui', 'article-view', 'article-view.css'),
  'utf8',
);

describe('the tint of a rated claim in the article', () => {
  it('is computed on the colours theme.css gives the page, the text and the underlines', () => {
    for (const [name, [light, dark]] of Object.entries(HIGHLIGHT_GROUNDS)) {
      expect(THEME, `--${name}`).toContain(`--${name}: light-dark(${light}, ${dark});`);
    }
  });

  const hostile = ['#000000', '#ffffff', '#ffff00', '#0000ff', '#ff0000', '#00ff00', '#1b2027'];
  const colours = [...FIVE_RATING_SCALE.ratings.map((r) => r.colour), ...hostile];
  const verdicts: Verdict[] = ['confirmed', 'disputed', 'unverified'];

  it.each([
    ['light', 0],
    ['dark', 1],
  ] as const)(
    'keeps the text at 4.5:1, selected or not, and the underline at 3:1 (%s)',
    (_, theme) => {
      const ground = (name: keyof typeof HIGHLIGHT_GROUNDS) =>
        parseColour(HIGHLIGHT_GROUNDS[name][theme]);
      for (const colour of colours) {
        for (const verdict of verdicts) {
          const alpha = tintAlpha(colour, verdict, theme);
          const [r, g, b] = parseColour(colour);
          const tinted = over([r, g, b, alpha], ground('paper'));
          const where = `${colour} ${verdict}`;
          expect(contrast(ground('article-ink'), tinted), where).toBeGreaterThanOrEqual(4.5);
          const selected = over(ground('selected-claim'), tinted);
          expect(contrast(ground('article-ink'), selected), where).toBeGreaterThanOrEqual(4.5);
          expect(contrast(ground(verdict), tinted), where).toBeGreaterThanOrEqual(3);
        }
      }
    },
  );

  it('shows the preset ratings’ colours, as strong as the verdicts’ own tints', () => {
    for (const rating of FIVE_RATING_SCALE.ratings) {
      for (const theme of [0, 1] as const) {
        expect(tintAlpha(rating.colour, rating.verdict, theme), rating.id).toBeGreaterThanOrEqual(
          0.15,
        );
      }
    }
    expect(ratingTint(FIVE_RATING_SCALE.ratings[3]!)).toBe(
      'light-dark(rgba(194, 65, 12, 0.2), rgba(194, 65, 12, 0.2))',
    );
  });

  it('weakens a pale colour the dark theme’s light text could not be read on', () => {
    expect(tintAlpha('#ffff00', 'disputed', 1)).toBeLessThan(0.2);
    expect(tintAlpha('#ffffff', 'confirmed', 1)).toBeLessThan(0.2);
    expect(tintAlpha('#ffffff', 'confirmed', 0)).toBe(0.2);
  });

  it('gives every place of the scale a variable that article-view.css reads', () => {
    const variables = ratingTintVariables(FIVE_RATING_SCALE);
    expect(Object.keys(variables)).toEqual([0, 1, 2, 3, 4].map((i) => `--rating-${i}-bg`));
    for (let i = 0; i < 9; i++) {
      expect(CSS).toContain(
        `::highlight(rating-${i}) {\n  background-color: var(--rating-${i}-bg);`,
      );
    }
  });
});

describe('how a claim is painted', () => {
  const claim = (rating: string, verdict: Verdict) => ({ rating, verdict });

  it('with its rating’s tint and its verdict’s underline on a desk’s scale', () => {
    const style = paintStyle(claim('misleading', 'disputed'), FIVE_RATING_SCALE);
    expect(style).toEqual({ verdict: 'disputed', rating: 3 });
    expect(claimHighlightNames(style)).toEqual(['underline-disputed', 'rating-3']);
  });

  it('with its verdict’s colours alone otherwise', () => {
    for (const [c, scale] of [
      [claim('disputed', 'disputed'), VERDICT_SCALE],
      [claim('', 'disputed'), FIVE_RATING_SCALE],
      [claim('gone', 'disputed'), FIVE_RATING_SCALE],
    ] as const) {
      const style = paintStyle(c, scale);
      expect(style).toEqual({ verdict: 'disputed' });
      expect(claimHighlightNames(style)).toEqual(['verdict-disputed']);
    }
  });
});
