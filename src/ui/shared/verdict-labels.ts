import { VERDICT_KEYS } from '../../domain/claims/verdict-keys';
import type { Verdict } from '../../domain/types';
import { msg } from '../i18n/i18n';

/**
 * How each verdict is named and marked in the UI (a symbol, so colour is never the only cue).
 * The texts are English message keys, translated with `t()` where they are shown: `label` the
 * verdict, `claim` a claim's accessible name, `count` a number of claims with that verdict.
 */
export const VERDICT_LABELS: Record<
  Verdict,
  { label: string; symbol: string; key: string; claim: string; count: string }
> = {
  confirmed: {
    label: msg('Confirmed'),
    symbol: '✓',
    key: VERDICT_KEYS.confirmed.toUpperCase(),
    claim: msg('Confirmed claim: {{quote}}'),
    count: msg('{{count}} confirmed'),
  },
  disputed: {
    label: msg('Disputed'),
    symbol: '✕',
    key: VERDICT_KEYS.disputed.toUpperCase(),
    claim: msg('Disputed claim: {{quote}}'),
    count: msg('{{count}} disputed'),
  },
  unverified: {
    label: msg('Unverified'),
    symbol: '?',
    key: VERDICT_KEYS.unverified.toUpperCase(),
    claim: msg('Unverified claim: {{quote}}'),
    count: msg('{{count}} unverified'),
  },
};
