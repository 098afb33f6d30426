/**
 * Runs `run` once the page is idle, or after `timeoutMs` at most (Safari has no
 * requestIdleCallback: a timer then); gives the function that cancels it. Work that the first
 * screen does not need waits here, so that it does not compete with that screen's paint.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = window.setTimeout(run, Math.min(timeoutMs, 500));
    return () => window.clearTimeout(timer);
  }
  const idle = requestIdleCallback(run, { timeout: timeoutMs });
  return () => cancelIdleCallback(idle);
}
