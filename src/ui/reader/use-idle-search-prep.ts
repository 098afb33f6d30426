import { useEffect } from 'react';
import { prepareClaimSearch } from '../../domain/claims/claim-filter';
import type { Claim } from '../../domain/types';

/** How long one step may fold: short, so that a key pressed meanwhile waits little. */
const STEP_MS = 8;

/**
 * Folds the claims' searchable text in idle time, so that the first keystroke in the claims
 * filter does not fold thousands of quotes and rationales at once.
 */
export function useIdleSearchPrep(claims: readonly Claim[]): void {
  useEffect(() => {
    let handle = 0;
    const idle = typeof requestIdleCallback === 'function';
    const step = (deadline?: IdleDeadline) => {
      const end = performance.now() + STEP_MS;
      const hasTime = () => performance.now() < end && (!deadline || deadline.timeRemaining() > 1);
      if (prepareClaimSearch(claims, hasTime) > 0) schedule();
    };
    const schedule = () => {
      handle = idle ? requestIdleCallback(step) : window.setTimeout(step, 50);
    };
    schedule();
    return () => (idle ? cancelIdleCallback(handle) : clearTimeout(handle));
  }, [claims]);
}
