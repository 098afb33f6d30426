import type { Claim } from '../domain/types';
import { applyClaimsChange, type ClaimsChange } from './claims-diff';
import type { ClaimsFeedMessage, ClaimsFeedRequest } from './claims-feed-messages';
import { followArticleClaims } from './claims-follow';

// The live claims of the open article. A worker follows them (`followArticleClaims`) and hands
// over only what changed, so that a write to one claim among 5,000 costs the page almost
// nothing (re-reading them all took ~90 ms of the page's main thread on a 2-core machine), and
// the reads a bulk write needs happen off the page. Where workers are missing (unit tests), the
// same following runs here.

type Listener = () => void;

interface Source {
  stop(): void;
}

interface Feed {
  claims: Map<string, Claim>;
  snapshot: readonly Claim[] | undefined;
  listeners: Set<Listener>;
  source: Source;
  closing: ReturnType<typeof setTimeout> | undefined;
}

/** How long a feed nobody listens to stays open: a remount or a quick return reuses it. */
const LINGER_MS = 2000;

const feeds = new Map<string, Feed>();

function localSource(articleId: string, onChange: (change: ClaimsChange) => void): Source {
  return { stop: followArticleClaims(articleId, onChange) };
}

function workerSource(
  articleId: string,
  onChange: (change: ClaimsChange) => void,
  onFail: () => void,
): Source | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./claims-feed-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<ClaimsFeedMessage>) => {
    if (event.data.kind === 'change') onChange(event.data.change);
    else onFail();
  };
  // A worker that cannot start or read (an old browser, a storage error): read here instead.
  worker.onerror = (event) => {
    event.preventDefault();
    onFail();
  };
  worker.postMessage({ articleId } satisfies ClaimsFeedRequest);
  return { stop: () => worker.terminate() };
}

function openFeed(articleId: string): Feed {
  const feed: Feed = {
    claims: new Map(),
    snapshot: undefined,
    listeners: new Set(),
    source: { stop: () => undefined },
    closing: undefined,
  };
  const onChange = (change: ClaimsChange) => {
    feed.claims = applyClaimsChange(feed.claims, change);
    feed.snapshot = Object.freeze([...feed.claims.values()]);
    for (const listener of feed.listeners) listener();
  };
  let fellBack = false;
  const fallBack = () => {
    if (fellBack) return;
    fellBack = true;
    feed.source.stop();
    // The local source starts with a full read: it replaces what the worker had sent.
    feed.claims = new Map();
    feed.source = localSource(articleId, onChange);
  };
  feed.source = workerSource(articleId, onChange, fallBack) ?? localSource(articleId, onChange);
  return feed;
}

/**
 * Listens to an article's claims; the listener is called after each change. Returns the
 * function that stops listening.
 */
export function subscribeArticleClaims(articleId: string, listener: Listener): () => void {
  let feed = feeds.get(articleId);
  if (!feed) {
    feed = openFeed(articleId);
    feeds.set(articleId, feed);
  }
  clearTimeout(feed.closing);
  feed.closing = undefined;
  feed.listeners.add(listener);
  const opened = feed;
  return () => {
    opened.listeners.delete(listener);
    if (opened.listeners.size > 0) return;
    opened.closing = setTimeout(() => {
      if (opened.listeners.size > 0 || feeds.get(articleId) !== opened) return;
      opened.source.stop();
      feeds.delete(articleId);
    }, LINGER_MS);
  };
}

/**
 * An article's claims as last read (in no particular order), or undefined before the first
 * read. The same array until something changes; unchanged claims keep their identity. Frozen.
 */
export function articleClaims(articleId: string): readonly Claim[] | undefined {
  return feeds.get(articleId)?.snapshot;
}
