import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A component loaded on first use, in its own chunk, behind its own Suspense boundary. The
 * service worker precaches every chunk, so deferred components load offline too.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: () => ReactNode,
): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function Deferred(props: P) {
    return (
      <Suspense fallback={fallback()}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Deferred;
}
