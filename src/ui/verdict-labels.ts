import type { Verdict } from '../domain/types';

/** How each verdict is named and marked in the UI (a symbol, so colour is never the only cue). */
export const VERDICT_LABELS: Record<Verdict, { label: string; symbol: string; key: string }> = {
  confirmed: { label: 'Confirmed', symbol: '✓', key: 'C' },
  disputed: { label: 'Disputed', symbol: '✕', key: 'D' },
  unverified: { label: 'Unverified', symbol: '?', key: 'U' },
};
