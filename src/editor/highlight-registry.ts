import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** A range to paint: a stable key, its ProseMirror range and the highlights it belongs to. */
export interface Registration {
  key: string;
  from: number;
  to: number;
  names: readonly string[];
}

interface Registered {
  from: number;
  to: number;
  names: readonly string[];
  range: Range;
}

const sameNames = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, i) => name === b[i]);

/**
 * The CSS Custom Highlight API objects of one editor and the ranges registered in them. `sync`
 * changes only what differs from the last call: Chromium repaints the text of every range
 * added or removed, so keeping the unchanged ones keeps a new claim or a scroll cheap to paint.
 * After an edit, `follow` keeps the ranges of the blocks the edit did not touch; any other
 * document change rebuilds every range (DOM positions may have moved).
 */
export class HighlightRegistry {
  private readonly highlights = new Map<string, Highlight>();
  private readonly registered = new Map<string, Registered>();
  private doc: PmNode | null = null;

  constructor(
    private readonly view: EditorView,
    names: readonly (readonly [name: string, priority: number])[],
  ) {
    for (const [name, priority] of names) {
      const highlight = new Highlight();
      highlight.priority = priority;
      CSS.highlights.set(name, highlight);
      this.highlights.set(name, highlight);
    }
  }

  /**
   * Follows an edit: ranges outside the top-level blocks it changed keep their DOM (ProseMirror
   * redraws only those blocks) and move to their mapped positions; the others are dropped, to
   * be built again by the next `sync`.
   */
  follow(tr: Transaction): void {
    if (this.doc !== tr.before) return;
    this.doc = tr.doc;
    const before = tr.before;
    // Where the documents differ, whatever the steps (text, marks, attributes) were.
    const start = before.content.findDiffStart(tr.doc.content);
    if (start === null) return;
    const end = before.content.findDiffEnd(tr.doc.content)?.a ?? before.content.size;
    const $from = before.resolve(start);
    const $to = before.resolve(Math.min(Math.max(end, start), before.content.size));
    const from = $from.depth > 0 ? $from.before(1) : start;
    const to = $to.depth > 0 ? $to.after(1) : Math.max(end, start);
    for (const [key, had] of this.registered) {
      if (had.from <= to && had.to >= from) {
        this.unregister(key, had);
        continue;
      }
      had.from = tr.mapping.map(had.from, 1);
      had.to = tr.mapping.map(had.to, -1);
    }
  }

  /** Makes the registered ranges exactly `wanted` (keys unique). */
  sync(wanted: readonly Registration[]): void {
    const doc = this.view.state.doc;
    if (doc !== this.doc) {
      for (const highlight of this.highlights.values()) highlight.clear();
      this.registered.clear();
      this.doc = doc;
    }
    const keep = new Set<string>();
    for (const want of wanted) {
      keep.add(want.key);
      const had = this.registered.get(want.key);
      if (
        had &&
        had.from === want.from &&
        had.to === want.to &&
        sameNames(had.names, want.names) &&
        had.range.startContainer.isConnected &&
        had.range.endContainer.isConnected
      )
        continue;
      if (had) this.unregister(want.key, had);
      const range = this.rangeOf(want.from, want.to);
      if (!range) continue;
      for (const name of want.names) this.highlights.get(name)?.add(range);
      this.registered.set(want.key, { from: want.from, to: want.to, names: want.names, range });
    }
    for (const [key, had] of this.registered) if (!keep.has(key)) this.unregister(key, had);
  }

  /** Unregisters every highlight of this registry. */
  destroy(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
    this.registered.clear();
  }

  private unregister(key: string, had: Registered): void {
    for (const name of had.names) this.highlights.get(name)?.delete(had.range);
    this.registered.delete(key);
  }

  private rangeOf(from: number, to: number): Range | null {
    try {
      const start = this.view.domAtPos(from);
      const end = this.view.domAtPos(to);
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      return range;
    } catch {
      return null;
    }
  }
}
