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
