import type { ClaimsChange } from './claims-diff';

/** What the page asks the claims feed worker: follow this article's claims. */
export interface ClaimsFeedRequest {
  articleId: string;
}

/** What the claims feed worker answers: each change of the claims, or why it cannot read them. */
export type ClaimsFeedMessage =
  { kind: 'change'; change: ClaimsChange } | { kind: 'error'; message: string };
