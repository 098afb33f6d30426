/// <reference lib="webworker" />
// Follows an article's claims off the page's main thread and posts only what changed: the page
// never deserialises thousands of unchanged claims.
import { followArticleClaims } from './claims-follow';
import type { ClaimsFeedMessage, ClaimsFeedRequest } from './claims-feed-messages';

const post = (message: ClaimsFeedMessage) =>
  (self as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = (event: MessageEvent<ClaimsFeedRequest>) => {
  followArticleClaims(
    event.data.articleId,
    (change) => post({ kind: 'change', change }),
    // The page then follows the claims itself: its own connection may read what this one
    // cannot.
    (error) =>
      post({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
