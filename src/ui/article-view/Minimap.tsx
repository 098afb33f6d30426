import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../domain/types';
import { VERDICTS } from '../../domain/types';
import { useUiStore } from '../../store/ui-store';
import { VERDICT_LABELS } from '../shared/verdict-labels';

/** A claim's mark on the minimap: its vertical place (0–1) and verdict. */
export interface MinimapMark {
  id: string;
  verdict: Verdict;
  at: number;
}

interface Props {
  marks: MinimapMark[];
  /** The element that scrolls the article, and the article itself (for the visible part). */
  scroller: HTMLElement | null;
  page: HTMLElement | null;
  onJump: (id: string) => void;
}

// A lane and a shape per verdict, so that the strip reads without colour and dense articles
// still show every verdict: confirmed on the left, disputed in the middle, unverified on the
// right and hollow. In sixteenths of the strip's width.
const SHAPE: Record<Verdict, { x: number; width: number; hollow: boolean }> = {
  confirmed: { x: 1, width: 4.5, hollow: false },
  disputed: { x: 5.75, width: 4.5, hollow: false },
  unverified: { x: 10.5, width: 4.5, hollow: true },
};
/** A mark's height, in thousandths of the strip's height (at least 2 pixels). */
const MARK_HEIGHT = 4;

/** Where a claim's mark starts on the strip, in % of the strip's height. */
const markTop = (at: number) => Math.min(at * 1000, 996) / 10;

/**
 * The strip beside the article showing where each claim sits; a click jumps to the nearest.
 * Thousands of marks are drawn on one canvas, never an element each, so that creating them and
 * scrolling stay cheap (docs/DECISIONS.md, "Scale"); the visible part and the selected claim
 * are two small elements moved on scroll and selection without React.
 */
export const Minimap = memo(function Minimap(props: Props) {
  const { marks, scroller, page, onJump } = props;
  const selectedClaimId = useUiStore((s) => s.selectedClaimId);
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const view = useRef<HTMLDivElement>(null);
  const counts = useMemo(() => {
    const byVerdict: Record<Verdict, number> = { confirmed: 0, disputed: 0, unverified: 0 };
    for (const mark of marks) byVerdict[mark.verdict]++;
    return VERDICTS.map((verdict) =>
      t(VERDICT_LABELS[verdict].count, { count: byVerdict[verdict] }),
    ).join(', ');
  }, [marks, t]);

  // The marks, drawn again when they change or when the strip changes size.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const draw = () => drawMarks(element, marks);
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(element);
    return () => observer.disconnect();
  }, [marks]);

  // The visible part of the article, followed on scroll and resize.
  useEffect(() => {
    const box = view.current;
    if (!scroller || !page || !box) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const article = page.getBoundingClientRect();
      const shown = scroller.getBoundingClientRect();
      const height = Math.max(article.height, 1);
      const top = Math.max(0, (shown.top - article.top) / height);
      const bottom = Math.min(1, (shown.bottom - article.top) / height);
      box.style.top = `${top * 100}%`;
      box.style.height = `max(${(bottom - top) * 100}%, 4px)`;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    const observer = new ResizeObserver(schedule);
    observer.observe(page);
    scroller.addEventListener('scroll', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      scroller.removeEventListener('scroll', schedule);
    };
  }, [scroller, page]);

  const selected = marks.find((m) => m.id === selectedClaimId);

  return (
    <div
      className="minimap"
      title={t('Where the claims are: click to jump')}
      role="img"
      aria-label={t('Claim map: {{counts}}', { counts })}
      onClick={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        const at = (e.clientY - rect.top) / rect.height;
        let nearest: MinimapMark | undefined;
        for (const mark of marks) {
          if (!nearest || Math.abs(mark.at - at) < Math.abs(nearest.at - at)) nearest = mark;
        }
        if (nearest) onJump(nearest.id);
      }}
    >
      <canvas ref={canvas} className="minimap-marks" />
      <div ref={view} className="minimap-view" />
      {selected && (
        <div
          className={`minimap-selected verdict-${selected.verdict}`}
          style={{
            top: `${markTop(selected.at)}%`,
            left: `${(SHAPE[selected.verdict].x / 16) * 100}%`,
            width: `${(SHAPE[selected.verdict].width / 16) * 100}%`,
          }}
        />
      )}
    </div>
  );
});

/**
 * Draws the marks at the canvas's size in device pixels, colours from the stylesheet. Marks are
 * counted per row of pixels and lane: where many claims share a row (thousands of claims on a
 * strip a few hundred pixels high), the row is drawn more opaque instead of piling up.
 */
function drawMarks(canvas: HTMLCanvasElement, marks: MinimapMark[]): void {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(canvas.clientWidth * ratio);
  const height = Math.round(canvas.clientHeight * ratio);
  if (width === 0 || height === 0) return;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.clearRect(0, 0, width, height);
  const style = getComputedStyle(canvas);
  const markHeight = Math.max((MARK_HEIGHT / 1000) * height, 2 * ratio);
  const line = Math.max(1, Math.round(1.2 * ratio));
  for (const verdict of VERDICTS) {
    const rows = new Map<number, number>();
    for (const mark of marks) {
      if (mark.verdict !== verdict) continue;
      const row = Math.floor((markTop(mark.at) / 100) * height);
      rows.set(row, (rows.get(row) ?? 0) + 1);
    }
    const shape = SHAPE[verdict];
    const x = (shape.x / 16) * width;
    const w = (shape.width / 16) * width;
    context.fillStyle = style.getPropertyValue(`--${verdict}`).trim() || '#555';
    context.strokeStyle = context.fillStyle;
    context.lineWidth = line;
    for (const [row, count] of rows) {
      context.globalAlpha = Math.min(1, 0.55 + 0.15 * (count - 1));
      if (shape.hollow)
        context.strokeRect(x + line / 2, row + line / 2, w - line, markHeight - line);
      else context.fillRect(x, row, w, markHeight);
    }
  }
  context.globalAlpha = 1;
}
