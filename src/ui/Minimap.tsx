import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../domain/types';
import { VERDICTS } from '../domain/types';
import { useUiStore } from '../store/ui-store';
import { VERDICT_LABELS } from './verdict-labels';

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

// A shape per verdict, so that the strip reads without colour: a full bar (disputed), a bar on
// the left half (confirmed), a hollow box (unverified). In sixteenths of the strip's width.
const SHAPE: Record<Verdict, { x: number; width: number; hollow: boolean }> = {
  disputed: { x: 1, width: 14, hollow: false },
  confirmed: { x: 1, width: 7, hollow: false },
  unverified: { x: 8.5, width: 6, hollow: true },
};
/** A mark's height, in thousandths of the strip's height (at least 2 pixels). */
const MARK_HEIGHT = 4;

/** Where a claim's mark sits on the strip: its top and height, in % of the strip's height. */
const markBox = (at: number) => ({ top: Math.min(at * 1000, 996) / 10, height: MARK_HEIGHT / 10 });

/**
 * The strip beside the article showing where each claim sits; a click jumps to the nearest.
 * Thousands of marks are drawn on a canvas (as SVG elements they cost ~90 ms to create and
 * were compared by React on every scroll); the visible part and the selected claim are two
 * small elements moved on scroll and selection without React.
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
            top: `${markBox(selected.at).top}%`,
            left: `${(SHAPE[selected.verdict].x / 16) * 100}%`,
            width: `${(SHAPE[selected.verdict].width / 16) * 100}%`,
          }}
        />
      )}
    </div>
  );
});

/** Draws every mark at the canvas's size in device pixels, colours from the stylesheet. */
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
  const colour = (verdict: Verdict) => style.getPropertyValue(`--${verdict}`).trim() || '#555';
  const markHeight = Math.max((MARK_HEIGHT / 1000) * height, 2 * ratio);
  const line = Math.max(1, Math.round(1.2 * ratio));
  for (const verdict of VERDICTS) {
    const shape = SHAPE[verdict];
    const x = (shape.x / 16) * width;
    const w = (shape.width / 16) * width;
    context.fillStyle = colour(verdict);
    context.strokeStyle = colour(verdict);
    context.lineWidth = line;
    for (const mark of marks) {
      if (mark.verdict !== verdict) continue;
      const y = (markBox(mark.at).top / 100) * height;
      if (shape.hollow) context.strokeRect(x + line / 2, y + line / 2, w - line, markHeight - line);
      else context.fillRect(x, y, w, markHeight);
    }
  }
}
