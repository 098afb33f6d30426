import { useEffect, useRef, useState } from 'react';
import type { ClaimRow, RowGroup } from '../../domain/merge/preview';
import { groupSize, PREVIEW_PAGE, type PreviewSummary } from '../../domain/merge/summary';

/** What the page holds of a group of a summary, and how much of it is listed. */
interface Held {
  summary: PreviewSummary;
  rows: ClaimRow[];
  titles: Record<string, string>;
  shown: number;
  /** The holder of the plan had no more rows to give. */
  ended: boolean;
  /** Why the last read failed (the next `more` tries again). */
  failed: Error | null;
}

/** A group of a summary as it comes: the rows the summary holds, its first page listed. */
function heldOf(summary: PreviewSummary, group: RowGroup, step: number): Held {
  return {
    summary,
    rows: summary.groups[group],
    titles: summary.titles,
    shown: step,
    ended: false,
    failed: null,
  };
}

/** A group of the preview as listed: its rows so far, and the means to list more. */
export interface PreviewRows {
  /** The rows listed (those held of the first `shown`). */
  rows: ClaimRow[];
  titles: Record<string, string>;
  /** How many rows the group has in all. */
  total: number;
  /** Lists more rows (and reads them again after a failure); undefined once all are listed. */
  more: (() => void) | undefined;
  /** Rows listed but not held yet are being read. */
  reading: boolean;
  failed: Error | null;
}

/**
 * The rows a group of the preview lists, `step` more at each `more`: those its summary holds,
 * then those read on demand from where the plan is kept (`readRows`), never the whole group, so
 * that a plan of 100,000 claims costs the page only what it lists. Another summary starts over.
 */
export function usePreviewRows(
  summary: PreviewSummary,
  group: RowGroup,
  step: number,
): PreviewRows {
  const [held, setHeld] = useState(() => heldOf(summary, group, step));
  const current = held.summary === summary ? held : heldOf(summary, group, step);
  const { rows, shown, ended, failed } = current;
  const total = groupSize(summary, group);
  const missing = shown > rows.length && rows.length < total && !ended && !failed;
  const read = summary.readRows;
  // One read at a time per summary: a "Show more" during a read is served once it is answered.
  const busy = useRef<PreviewSummary | null>(null);
  useEffect(() => {
    if (!missing || !read || busy.current === summary) return;
    busy.current = summary;
    const from = rows.length;
    const keep = (update: (held: Held) => Held) => {
      if (busy.current === summary) busy.current = null;
      setHeld((now) => {
        const base = now.summary === summary ? now : heldOf(summary, group, step);
        return base.rows.length === from ? update(base) : now;
      });
    };
    read(group, from, Math.max(shown, from + PREVIEW_PAGE)).then(
      (page) =>
        keep((now) => ({
          ...now,
          rows: [...now.rows, ...page.rows],
          titles: { ...now.titles, ...page.titles },
          ended: page.rows.length === 0,
        })),
      (error: unknown) =>
        keep((now) => ({
          ...now,
          failed: error instanceof Error ? error : new Error(String(error)),
        })),
    );
  }, [missing, read, summary, group, step, rows.length, shown]);
  const more = () => setHeld({ ...current, shown: shown + step, failed: null });
  return {
    rows: rows.length > shown ? rows.slice(0, shown) : rows,
    titles: current.titles,
    total,
    more: (shown < total || failed) && !ended ? more : undefined,
    reading: missing && read !== undefined,
    failed,
  };
}
