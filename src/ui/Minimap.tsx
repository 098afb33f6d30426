import { useTranslation } from 'react-i18next';
import type { Verdict } from '../domain/types';
import { VERDICTS } from '../domain/types';
import { VERDICT_LABELS } from './verdict-labels';

/** A claim's mark on the minimap: its vertical place (0–1) and verdict. */
export interface MinimapMark {
  id: string;
  verdict: Verdict;
  at: number;
}

interface Props {
  marks: MinimapMark[];
  /** The visible part of the article, as fractions (0–1). */
  view: { top: number; bottom: number };
  selectedClaimId: string | null;
  onJump: (id: string) => void;
}

// A shape per verdict, so that the strip reads without colour: a full bar (disputed), a bar on
// the left half (confirmed), a hollow box (unverified).
const SHAPE: Record<Verdict, { x: number; width: number; hollow: boolean }> = {
  disputed: { x: 1, width: 14, hollow: false },
  confirmed: { x: 1, width: 7, hollow: false },
  unverified: { x: 8.5, width: 6, hollow: true },
};

/** The strip beside the article showing where each claim sits; a click jumps to the nearest. */
export function Minimap({ marks, view, selectedClaimId, onJump }: Props) {
  const { t } = useTranslation();
  const counts = VERDICTS.map((verdict) =>
    t(VERDICT_LABELS[verdict].count, {
      count: marks.filter((m) => m.verdict === verdict).length,
    }),
  ).join(', ');
  return (
    <div
      className="minimap"
      title={t('Where the claims are: click to jump')}
      onClick={(e) => {
        const box = e.currentTarget.getBoundingClientRect();
        const at = (e.clientY - box.top) / box.height;
        let nearest: MinimapMark | undefined;
        for (const mark of marks) {
          if (!nearest || Math.abs(mark.at - at) < Math.abs(nearest.at - at)) nearest = mark;
        }
        if (nearest) onJump(nearest.id);
      }}
    >
      <svg
        viewBox="0 0 16 1000"
        preserveAspectRatio="none"
        role="img"
        aria-label={t('Claim map: {{counts}}', { counts })}
      >
        <rect
          className="minimap-view"
          x="0"
          y={view.top * 1000}
          width="16"
          height={Math.max((view.bottom - view.top) * 1000, 4)}
        />
        {marks.map((mark) => {
          const shape = SHAPE[mark.verdict];
          return (
            <rect
              key={mark.id}
              className={`minimap-mark verdict-${mark.verdict}${shape.hollow ? ' is-hollow' : ''}${mark.id === selectedClaimId ? ' is-selected' : ''}`}
              x={shape.x}
              y={Math.min(mark.at * 1000, 996)}
              width={shape.width}
              height={4}
            />
          );
        })}
      </svg>
    </div>
  );
}
