/// <reference lib="webworker" />
import { followArticleClaims } from './claims-follow';
import type { ClaimsFeedMessage, ClaimsFeedRequest } from './claims-feed.protocol';
import { serializeError, serve, type Handler } from './worker-channel';

/**
 * Follows an article's claims and answers only what changed, so that the page never
 * deserialises thousands of unchanged claims; on a failed read it answers why (the page then
 * follows the claims itself: its own connection may read what this one cannot).
 */
export const followClaims: Handler<ClaimsFeedRequest, ClaimsFeedMessage> =
  (answer, onClose) => (request) =>
    onClose(
      followArticleClaims(
        request.articleId,
        (change) => answer({ kind: 'change', change }),
        (error) => answer({ kind: 'error', error: serializeError(error) }),
      ),
    );

serve(followClaims);
