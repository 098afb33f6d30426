import type { IntervalTree, IntervalTreeNode, ObservabilitySet } from 'dexie';

/** Largest number of claims worth reading again one by one rather than all at once. */
const MAX_KEYS = 2000;

/**
 * The ids of the claims a mutation touched, from what Dexie's `storagemutated` event reports
 * (an interval tree of primary keys per table, for this context, other tabs and workers):
 * [] when no claim changed, null when the mutation covers ranges (a bulk write of 50 rows or
 * more, a cleared table) or too many claims, and every claim must be read again.
 */
export function mutatedClaimIds(parts: ObservabilitySet, dbName: string): string[] | null {
  if ('all' in parts) return null;
  const tree: IntervalTree | undefined = parts[`idb://${dbName}/claims/`];
  if (!tree || !('from' in tree)) return [];
  const ids: string[] = [];
  const stack: IntervalTreeNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    ids.push(node.from);
    if (ids.length > MAX_KEYS) return null;
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return ids;
}
