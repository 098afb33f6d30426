import type { ClaimChange } from '../types';

/**
 * A claim's log as team sync merges it (docs/DECISIONS.md, "Sync conflicts"): each member's
 * entries go to the end of one shared list, so changes made apart end up side by side. Each
 * entry names the revision it was made from (`from`), which makes the log a graph: one chain
 * while members take turns, two or more heads after they changed the claim apart.
 */

/** Why an entry is the join of changes made apart by members of a team. */
export const SYNC_MERGE_REASON = 'sync merge';

/** Whether an entry joins changes made apart (written by any member, the same everywhere). */
export const isSyncMerge = (entry: ClaimChange): boolean =>
  entry.kind === 'merge' && entry.reason === SYNC_MERGE_REASON;

/** One entry of the graph: its place in the log, the revisions it stands for, its parents. */
export interface LogNode {
  index: number;
  entry: ClaimChange;
  /** Its revision and those it absorbed while coalescing typing (not a merge's parents). */
  ids: string[];
  parents: string[];
}

/** The log's entries, each revision once (members who write the same merge add it twice). */
export function distinctEntries(log: readonly ClaimChange[]): ClaimChange[] {
  const seen = new Set<string>();
  return log.filter((entry) => !seen.has(entry.rev) && Boolean(seen.add(entry.rev)));
}

/** A merge without `from` has its parents in `absorbed` (an import's, or team sync's). */
const joinsParents = (entry: ClaimChange) =>
  entry.kind === 'merge' && entry.from === undefined && (entry.absorbed?.length ?? 0) > 0;

/**
 * The graph of a log without repeated revisions. An entry recorded before `from` was kept
 * follows the entry before it in the log.
 */
export function logGraph(log: readonly ClaimChange[]): LogNode[] {
  return log.map((entry, index) => {
    const joins = joinsParents(entry);
    const ids = joins ? [entry.rev] : [entry.rev, ...(entry.absorbed ?? [])];
    const parents =
      entry.from !== undefined
        ? [entry.from]
        : joins
          ? [...entry.absorbed!]
          : index > 0
            ? [log[index - 1]!.rev]
            : [];
    return { index, entry, ids, parents };
  });
}

/** The node of each revision the graph knows. */
function byId(graph: readonly LogNode[]): Map<string, LogNode> {
  const nodes = new Map<string, LogNode>();
  for (const node of graph) for (const id of node.ids) nodes.set(id, node);
  return nodes;
}

/** The entries a node descends from, itself included, as log indexes. */
export function ancestry(graph: readonly LogNode[], node: LogNode): Set<number> {
  const nodes = byId(graph);
  const seen = new Set<number>();
  const todo = [node];
  while (todo.length > 0) {
    const next = todo.pop()!;
    if (seen.has(next.index)) continue;
    seen.add(next.index);
    for (const parent of next.parents) {
      const found = nodes.get(parent);
      if (found) todo.push(found);
    }
  }
  return seen;
}

/**
 * The latest states of the claim: the entries no other entry was made from. A join of changes
 * made apart that another head already joins (a member joined two of three, another all
 * three) is no longer a head, so that a third member's change is not joined twice.
 */
export function headsOf(graph: readonly LogNode[]): LogNode[] {
  const made = new Set(graph.flatMap((node) => node.parents));
  const heads = graph.filter((node) => !node.ids.some((id) => made.has(id)));
  if (heads.length < 2) return heads;
  const nodes = byId(graph);
  return heads.filter((head) => {
    if (!isSyncMerge(head.entry)) return true;
    const parents = head.parents.map((rev) => nodes.get(rev)?.index);
    return !heads.some((other) => {
      if (other === head) return false;
      const known = ancestry(graph, other);
      return parents.every((index) => index !== undefined && known.has(index));
    });
  });
}
