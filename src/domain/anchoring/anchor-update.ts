import type { Anchor } from '../types';

/** A claim's anchor after an edit of the text: its new selectors, or orphaned. */
export type AnchorUpdate = { id: string; anchor: Anchor } | { id: string; orphaned: true };
