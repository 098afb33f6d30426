import type { Claim } from '../domain/types';

/** Top-level fields of a claim that changed, with their new values. */
export type ClaimFields = Partial<Claim>;

/** How one read of an article's claims differs from the read before it. */
export interface ClaimsChange {
  /** Claims that were not there before, whole. */
  added: Claim[];
  /** Claims that were there and changed: only the fields that differ. */
  changed: { id: string; fields: ClaimFields }[];
  /** Ids of claims that are gone. */
  removed: string[];
}

const json = (value: unknown): string => JSON.stringify(value) ?? 'undefined';

type Known = Map<string, { claim: Claim; json: string }>;

/**
 * Remembers the last read of an article's claims and tells what a later read changed, field by
 * field: a text edit that moves every anchor then hands over the anchors, not whole claims.
 */
export class ClaimsDiffer {
  private known: Known = new Map();

  constructor(private readonly articleId: string) {}

  /** The change from what is known to `claims`, all the article's claims (the first read adds them all). */
  diff(claims: readonly Claim[]): ClaimsChange {
    const change: ClaimsChange = { added: [], changed: [], removed: [] };
    const next: Known = new Map();
    for (const claim of claims) this.compare(claim, change, next);
    for (const id of this.known.keys()) if (!next.has(id)) change.removed.push(id);
    this.known = next;
    return change;
  }

  /**
   * The change that some claims made, read again by id (`found[i]` is claim `ids[i]`, or
   * undefined when it is gone); claims moved to another article count as gone.
   */
  diffSome(ids: readonly string[], found: readonly (Claim | undefined)[]): ClaimsChange {
    const change: ClaimsChange = { added: [], changed: [], removed: [] };
    ids.forEach((id, i) => {
      const claim = found[i];
      if (claim && claim.articleId === this.articleId) this.compare(claim, change, this.known);
      else if (this.known.delete(id)) change.removed.push(id);
    });
    return change;
  }

  private compare(claim: Claim, change: ClaimsChange, into: Known): void {
    const entry = { claim, json: json(claim) };
    const before = this.known.get(claim.id);
    into.set(claim.id, entry);
    if (!before) change.added.push(claim);
    else if (before.json !== entry.json) {
      change.changed.push({ id: claim.id, fields: changedFields(before.claim, claim) });
    }
  }
}

function changedFields(before: Claim, after: Claim): ClaimFields {
  const fields: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const value = (after as unknown as Record<string, unknown>)[key];
    if (json((before as unknown as Record<string, unknown>)[key]) !== json(value)) {
      fields[key] = value;
    }
  }
  return fields as ClaimFields;
}

/** Whether a change changes nothing. */
export const isEmptyChange = (change: ClaimsChange): boolean =>
  change.added.length === 0 && change.changed.length === 0 && change.removed.length === 0;

/**
 * Applies a change to claims by id. Claims it does not touch keep their identity, and so do the
 * fields of a changed claim that did not change (its anchor after a verdict change, say), so
 * that work keyed on them (anchoring, rendering) is not redone.
 */
export function applyClaimsChange(
  claims: Map<string, Claim>,
  change: ClaimsChange,
): Map<string, Claim> {
  const next = new Map(claims);
  for (const id of change.removed) next.delete(id);
  for (const claim of change.added) next.set(claim.id, Object.freeze(claim));
  for (const { id, fields } of change.changed) {
    const before = next.get(id);
    if (before) next.set(id, Object.freeze({ ...before, ...fields }));
  }
  return next;
}
