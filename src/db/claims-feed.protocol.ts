import type { ClaimsChange } from './claims-diff';
import type { SerializedError } from './worker-channel';

/** What the page asks the claims feed worker: follow this article's claims. */
export interface ClaimsFeedRequest {
  articleId: string;
}

/** What the claims feed worker answers: each change of the claims, or why it cannot read them. */
export type ClaimsFeedMessage =
  { kind: 'change'; change: ClaimsChange } | { kind: 'error'; error: SerializedError };
