import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';

/** A claim's range in the document being edited; null once its words were deleted entirely. */
export type TrackedRange = { from: number; to: number } | null;

interface TrackerState {
  ranges: ReadonlyMap<string, TrackedRange>;
  /** Claims being typed into, whose end follows the caret while it stays there. */
  growing: ReadonlySet<string>;
  /** Earlier (document, ranges) pairs, newest last, so that undo and redo restore claims too. */
  past: { doc: PmNode; ranges: ReadonlyMap<string, TrackedRange> }[];
}

const MAX_PAST = 300;

/** The plugin key of the claim tracker. */
export const claimTrackerKey = new PluginKey<TrackerState>('claimTracker');

/** The tracked claim ranges of an editor state. */
export const trackedRanges = (state: EditorState): ReadonlyMap<string, TrackedRange> =>
  claimTrackerKey.getState(state)?.ranges ?? new Map();

/** A transaction that starts tracking these ranges (replacing any tracked before). */
export function trackClaims(tr: Transaction, ranges: Map<string, TrackedRange>): Transaction {
  return tr.setMeta(claimTrackerKey, ranges).setMeta('addToHistory', false);
}

interface MappedRanges {
  ranges: Map<string, TrackedRange>;
  growing: Set<string>;
}

/**
 * Maps claim ranges through a transaction, step by step. An edit inside a claim (or replacing
 * part of it) stays inside it, and so does text typed at its end right after such an edit
 * (fixing a claim's last word); text typed at the edges of an untouched claim stays outside.
 */
function mapRanges(value: TrackerState, tr: Transaction): MappedRanges {
  const ranges = new Map<string, TrackedRange>(value.ranges);
  const growing = new Set(value.growing);
  for (const step of tr.mapping.maps) {
    const changes: [number, number][] = [];
    step.forEach((oldStart, oldEnd) => changes.push([oldStart, oldEnd]));
    if (changes.length === 0) continue;
    // Ranges ending before the first change neither move nor grow: most of a long article's
    // claims on a keystroke near its end, so they are left as they are.
    const firstChange = changes[0]![0];
    for (const [id, range] of ranges) {
      if (!range || (range.to < firstChange && !growing.has(id))) continue;
      let inside = false;
      for (const [oldStart, oldEnd] of changes) {
        const interior = oldStart < range.to && oldEnd > range.from;
        const atGrowingEnd = oldStart === range.to && growing.has(id);
        if (interior || atGrowingEnd) inside = true;
      }
      const from = step.map(range.from, inside ? -1 : 1);
      const to = step.map(range.to, inside ? 1 : -1);
      if (inside) growing.add(id);
      if (from !== range.from || to !== range.to) ranges.set(id, to > from ? { from, to } : null);
    }
  }
  return { ranges, growing };
}

/**
 * Follows claims through edits of the article: every transaction maps their ranges, a claim
 * whose words are all deleted becomes null (orphaned, never dropped), and an undo or redo that
 * brings back an earlier document brings back the claim ranges it had.
 */
export const ClaimTracker = Extension.create({
  name: 'claimTracker',

  addProseMirrorPlugins() {
    return [
      new Plugin<TrackerState>({
        key: claimTrackerKey,
        state: {
          init: () => ({ ranges: new Map(), growing: new Set(), past: [] }),
          apply: (tr, value, _old, next) => {
            const reset = tr.getMeta(claimTrackerKey) as Map<string, TrackedRange> | undefined;
            if (reset) {
              return {
                ranges: reset,
                growing: new Set(),
                past: [{ doc: next.doc, ranges: reset }],
              };
            }
            const caret = next.selection.empty ? next.selection.head : -1;
            if (!tr.docChanged) {
              // The caret left a claim's end: typing there no longer extends it.
              const still = [...value.growing].filter((id) => value.ranges.get(id)?.to === caret);
              return still.length === value.growing.size
                ? value
                : { ...value, growing: new Set(still) };
            }
            const mapped = mapRanges(value, tr);
            let ranges: ReadonlyMap<string, TrackedRange> = mapped.ranges;
            const growing = new Set(
              [...mapped.growing].filter((id) => mapped.ranges.get(id)?.to === caret),
            );
            if (tr.getMeta('history$')) {
              for (let i = value.past.length - 1; i >= 0; i--) {
                if (value.past[i]!.doc.eq(next.doc)) {
                  ranges = value.past[i]!.ranges;
                  break;
                }
              }
            }
            const past = [...value.past, { doc: next.doc, ranges }].slice(-MAX_PAST);
            return { ranges, growing, past };
          },
        },
      }),
    ];
  },
});
