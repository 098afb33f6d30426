import { useEffect } from 'react';
import { shownRating, type Rating, type RatingScale } from '../../domain/claims/ratings';
import { isDefaultScale } from '../../domain/claims/rating-scale';
import type { Claim, Verdict } from '../../domain/types';
import type { PaintedClaim } from '../../editor/highlight-painter';

/*
 * A claim rated on the desk's own scale is tinted with its rating's colour in the article; its
 * underline keeps the verdict's style and colour, so that colour is never the only cue. The tint
 * is the rating's colour made as transparent as the article's text needs to keep 4.5:1 on it
 * (with the selection over it too) and the verdict's underline 3:1, in each theme.
 */

type Rgba = [number, number, number, number];

/**
 * The colours a highlight is drawn with, light then dark: the page, the article's text, the
 * selection tint and the verdicts' underlines (theme.css's --paper, --article-ink,
 * --selected-claim, --confirmed…; rating-highlight.test.ts checks they are the same).
 */
export const HIGHLIGHT_GROUNDS = {
  paper: ['#ffffff', '#1b2027'],
  'article-ink': ['#222830', '#dfe3e8'],
  'selected-claim': ['rgba(31, 58, 95, 0.2)', 'rgba(169, 199, 242, 0.26)'],
  confirmed: ['#17693a', '#74d49d'],
  disputed: ['#b3261e', '#ff8f86'],
  unverified: ['#8a5a00', '#efc15e'],
} as const satisfies Record<string, readonly [string, string]>;

/** The strongest tint tried: as strong as the verdicts' own tints. */
export const MAX_TINT = 0.2;

/** The text contrast a tint keeps (WCAG AA for body text), and its underline's (a graphic). */
export const TEXT_CONTRAST = 4.5;
export const UNDERLINE_CONTRAST = 3;

export function parseColour(colour: string): Rgba {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
  const rgba = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(colour);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), Number(rgba[4])];
  throw new Error(`not a colour: ${colour}`);
}

/** A colour laid over an opaque one. */
export function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * The opacity of a rating's tint in a theme (0 light, 1 dark): the strongest up to `MAX_TINT`,
 * by hundredths, under which the article's text keeps `TEXT_CONTRAST`, selected or not, and the
 * underline of the rating's verdict `UNDERLINE_CONTRAST`.
 */
export function tintAlpha(colour: string, verdict: Verdict, theme: 0 | 1): number {
  const [r, g, b] = parseColour(colour);
  const ground = (name: keyof typeof HIGHLIGHT_GROUNDS) =>
    parseColour(HIGHLIGHT_GROUNDS[name][theme]);
  const [paper, ink, selected, line] = [
    ground('paper'),
    ground('article-ink'),
    ground('selected-claim'),
    ground(verdict),
  ];
  for (let hundredths = Math.round(MAX_TINT * 100); hundredths > 0; hundredths--) {
    const tinted = over([r, g, b, hundredths / 100], paper);
    if (
      contrast(ink, tinted) >= TEXT_CONTRAST &&
      contrast(ink, over(selected, tinted)) >= TEXT_CONTRAST &&
      contrast(line, tinted) >= UNDERLINE_CONTRAST
    ) {
      return hundredths / 100;
    }
  }
  return 0;
}

/** A rating's tint as a CSS colour for both themes. */
export function ratingTint(rating: Pick<Rating, 'colour' | 'verdict'>): string {
  const [r, g, b] = parseColour(rating.colour);
  const rgba = (theme: 0 | 1) =>
    `rgba(${r}, ${g}, ${b}, ${tintAlpha(rating.colour, rating.verdict, theme)})`;
  return `light-dark(${rgba(0)}, ${rgba(1)})`;
}

/** Where on the scale the rating a claim shows is (`shownRating`; undefined: none). */
export function ratingPlace(claim: Pick<Claim, 'rating'>, scale: RatingScale): number | undefined {
  const rating = shownRating(claim, scale);
  return rating ? scale.ratings.indexOf(rating) : undefined;
}

/** How a claim is painted: its verdict, and its rating's place when it shows one. */
export function paintStyle(
  claim: Pick<Claim, 'rating' | 'verdict'>,
  scale: RatingScale,
): Pick<PaintedClaim, 'verdict' | 'rating'> {
  const place = ratingPlace(claim, scale);
  return place === undefined
    ? { verdict: claim.verdict }
    : { verdict: claim.verdict, rating: place };
}

/** The CSS variables of the ratings' tints (`--rating-<place>-bg`), read by article-view.css. */
export function ratingTintVariables(scale: RatingScale): Record<string, string> {
  return Object.fromEntries(scale.ratings.map((r, i) => [`--rating-${i}-bg`, ratingTint(r)]));
}

/**
 * Sets the ratings' tints on the page while the article is shown. The default scale paints no
 * tint, and a property set on the root restyles the whole article, so it sets none then.
 */
export function useRatingTints(scale: RatingScale): void {
  useEffect(() => {
    if (isDefaultScale(scale)) return;
    const style = document.documentElement.style;
    const variables = Object.entries(ratingTintVariables(scale));
    for (const [name, value] of variables) style.setProperty(name, value);
    return () => {
      for (const [name] of variables) style.removeProperty(name);
    };
  }, [scale]);
}
