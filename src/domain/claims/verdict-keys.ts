import type { Verdict } from '../types';

/**
 * The key that gives each verdict: it marks a selection as a claim, or re-judges the selected
 * claim. The reader's keys, its toolbar and its shortcut list all read this one map.
 */
export const VERDICT_KEYS: Readonly<Record<Verdict, string>> = {
  confirmed: 'c',
  disputed: 'd',
  unverified: 'u',
};

const BY_KEY = new Map(Object.entries(VERDICT_KEYS).map(([verdict, key]) => [key, verdict]));

/** The verdict a key press gives (letter case ignored), or null. */
export function verdictForKey(key: string): Verdict | null {
  return (BY_KEY.get(key.toLowerCase()) as Verdict | undefined) ?? null;
}

/** What a key asks for: a verdict (c/d/u), or the nth rating of the scale (1–9, from 0). */
export type KeyChoice = { verdict: Verdict } | { ratingIndex: number };

/** The key of the nth rating of a scale (from 0), shown beside it. */
export const ratingKey = (index: number): string => String(index + 1);

/** What a key press asks for, or null: the scale decides what a rating key gives. */
export function keyChoice(key: string): KeyChoice | null {
  const verdict = verdictForKey(key);
  if (verdict) return { verdict };
  return /^[1-9]$/.test(key) ? { ratingIndex: Number(key) - 1 } : null;
}
