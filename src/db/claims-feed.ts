import type { Claim } from '../domain/types';
import { applyClaimsChange, type ClaimsChange } from './claims-diff';
import type { ClaimsFeedMessage, ClaimsFeedRequest } from './claims-feed.protocol';
import { followClaims } from './claims-feed.worker';
import { openChannel } from './worker-channel';

// The live claims of the open article. A worker follows them (`followArticleClaims`) and hands
// over only what changed, so that a write to one claim among thousands costs the page almost
// nothing and the reads a bulk write needs happen off the page (docs/DECISIONS.md, "Scale").

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

/**
 * Follows an article's claims in the claims feed worker, or on the page where workers cannot run
 * or after the worker failed to read (the page's own connection may read what the worker's
 * cannot).
 */
function followSource(
  articleId: string,
  onChange: (change: ClaimsChange) => void,
  onFail: (() => void) | null,
): Source {
  const channel = openChannel<ClaimsFeedRequest, ClaimsFeedMessage>(
    onFail
      ? () => new Worker(new URL('./claims-feed.worker.ts', import.meta.url), { type: 'module' })
      : null,
    followClaims,
    {
      answer: (message) => (message.kind === 'change' ? onChange(message.change) : onFail?.()),
      fail: () => onFail?.(),
    },
  );
  channel.send({ articleId });
  return { stop: () => channel.close() };
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
    feed.source = followSource(articleId, onChange, null);
  };
  feed.source = followSource(articleId, onChange, fallBack);
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
