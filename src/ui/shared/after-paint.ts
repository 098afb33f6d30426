/** Longest wait for a frame: a hidden tab paints no frame, and a write must not wait for one. */
const MAX_WAIT_MS = 100;

/**
 * Resolves once the browser has painted the next frame (or after 100 ms at most): work that
 * is not visible, such as starting a database write, then stays out of that frame.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // A task posted from an animation frame callback runs after that frame is painted.
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, MAX_WAIT_MS);
  });
}
