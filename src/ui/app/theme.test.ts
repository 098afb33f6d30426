import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The theme's colours meet WCAG AA in both themes, including where axe cannot look: text on the
// verdicts' highlight tints (CSS highlights are not elements) and the underlines that tell the
// verdicts apart. Every colour is `light-dark(light, dark)` in theme.css.

const THEME = readFileSync(join(process.cwd(), 'src', 'ui', 'app', 'theme.css'), 'utf8');

type Rgba = [number, number, number, number];

/** Each variable's light and dark colour, as written in theme.css. */
function variables(): Map<string, [string, string]> {
  const found = new Map<string, [string, string]>();
  for (const m of THEME.matchAll(
    /--([\w-]+):\s*light-dark\(\s*([^,()]+(?:\([^)]*\))?)\s*,\s*([^()]+?(?:\([^)]*\))?)\s*\);/g,
  )) {
    found.set(m[1]!, [m[2]!.trim(), m[3]!.trim()]);
  }
  for (const m of THEME.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6});/gi)) {
    found.set(m[1]!, [m[2]!, m[2]!]);
  }
  return found;
}

function parse(colour: string): Rgba {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
  const rgba = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(colour);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), Number(rgba[4])];
  throw new Error(`not a colour: ${colour}`);
}

/** A colour laid over an opaque one. */
function over(top: Rgba, under: Rgba): Rgba {
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

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const VARS = variables();

/** A variable's colour in a theme, laid over the given surfaces (from the top down). */
function colour(theme: 0 | 1, ...names: string[]): Rgba {
  const layers = names.map((name) => {
    const pair = VARS.get(name);
    if (!pair) throw new Error(`no --${name} in theme.css`);
    return parse(pair[theme]);
  });
  return layers.reduceRight((under, top) => over(top, under));
}

it('reads every colour of theme.css', () => {
  const written = THEME.match(/--[\w-]+:\s*(light-dark\(|#)/g) ?? [];
  expect(VARS.size).toBe(written.length);
  expect(colour(0, 'paper')).toEqual([255, 255, 255, 1]);
  expect(colour(1, 'disputed-bg', 'paper')[0]).toBeGreaterThan(colour(1, 'paper')[0]);
});

const TEXT = ['ink', 'ink-soft', 'ink-faint', 'brand'];
const SURFACES = ['paper', 'canvas', 'surface-soft', 'chip', 'brand-soft'];
const VERDICTS = ['confirmed', 'disputed', 'unverified'];

describe.each([
  ['light', 0],
  ['dark', 1],
] as const)('the %s theme', (_, theme) => {
  const ratio = (text: string[], ground: string[]) =>
    contrast(colour(theme, ...text), colour(theme, ...ground));

  it('keeps every text colour at 4.5:1 on every surface', () => {
    for (const text of [...TEXT, ...VERDICTS]) {
      for (const surface of SURFACES) {
        expect(ratio([text], [surface]), `--${text} on --${surface}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps the verdicts legible on their own tints, and the text under a highlight', () => {
    for (const verdict of VERDICTS) {
      const ink = verdict === 'unverified' ? 'unverified-ink' : verdict;
      expect(ratio([ink], [`${verdict}-bg`, 'paper']), `${verdict} chosen`).toBeGreaterThanOrEqual(
        4.5,
      );
      // Highlighted words: the article's text on the tint, also with the selection over it.
      expect(ratio(['article-ink'], [`${verdict}-bg`, 'paper'])).toBeGreaterThanOrEqual(4.5);
      expect(
        ratio(['article-ink'], ['selected-claim', `${verdict}-bg`, 'paper']),
      ).toBeGreaterThanOrEqual(4.5);
      // The underline that tells the verdicts apart is a graphic: 3:1 against the page.
      expect(
        ratio([verdict], [`${verdict}-bg`, 'paper']),
        `${verdict} underline`,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps buttons, messages and review states legible', () => {
    expect(ratio(['on-primary'], ['primary'])).toBeGreaterThanOrEqual(4.5);
    expect(ratio(['on-primary'], ['primary-hover'])).toBeGreaterThanOrEqual(4.5);
    expect(ratio(['on-primary'], ['danger'])).toBeGreaterThanOrEqual(4.5);
    expect(ratio(['notice-ink'], ['notice-bg'])).toBeGreaterThanOrEqual(4.5);
    expect(ratio(['problem-ink'], ['problem-bg'])).toBeGreaterThanOrEqual(4.5);
    expect(ratio(['confirmed'], ['approved-bg'])).toBeGreaterThanOrEqual(4.5);
    expect(ratio(['brand'], ['brand-soft'])).toBeGreaterThanOrEqual(4.5);
  });
});
