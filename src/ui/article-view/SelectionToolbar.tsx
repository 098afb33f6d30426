import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS, type Verdict } from '../../domain/types';
import { VERDICT_LABELS } from '../shared/verdict-labels';
import { isDefaultScale } from '../../domain/claims/rating-scale';
import { ratingName, type RatingScale } from '../../domain/claims/ratings';
import { ratingKey, type KeyChoice } from '../../domain/claims/verdict-keys';
import { uiLanguage } from '../i18n/i18n';
import { RatingSwatch } from '../shared/RatingBadge';

interface Props {
  /** Where the selection ends, in the article's content (the toolbar's centre and top). */
  left: number;
  top: number;
  /** The top of the selection: the toolbar goes above it when there is no room below. */
  above: number;
  /** Docked at the bottom of the article (a phone) rather than under the selection. */
  docked: boolean;
  /** Set when the selection is for re-attaching a claim (of this verdict) rather than a new one. */
  attachVerdict: Verdict | null;
  /** The organisation's scale: its ratings are offered when it is not the default. */
  scale: RatingScale;
  onChoice: (choice: KeyChoice) => void;
}

/** The space kept between the toolbar and the edges of the article's visible part, in pixels. */
const MARGIN = 8;

/**
 * The small toolbar under a text selection that turns it into a claim with a verdict. It stays
 * inside the visible part of the article: moved sideways at its edges, and above the selection
 * when there is no room below it.
 */
export function SelectionToolbar(props: Props) {
  const { left, top, above, docked, attachVerdict, scale, onChoice } = props;
  // Keep the editor's focus and selection: the click acts on it.
  const keepSelection = (e: React.MouseEvent) => e.preventDefault();
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left, top });

  useLayoutEffect(() => {
    const toolbar = ref.current;
    const scroller = toolbar?.offsetParent as HTMLElement | null | undefined;
    if (!toolbar || !scroller || docked) return;
    const half = toolbar.offsetWidth / 2;
    const x = Math.min(
      Math.max(left, scroller.scrollLeft + MARGIN + half),
      scroller.scrollLeft + scroller.clientWidth - MARGIN - half,
    );
    const fitsBelow =
      top + toolbar.offsetHeight <= scroller.scrollTop + scroller.clientHeight - MARGIN;
    setPlace({ left: x, top: fitsBelow ? top : Math.max(0, above - toolbar.offsetHeight) });
  }, [left, top, above, docked]);

  const toolbar = {
    ref,
    className: `selection-toolbar${docked ? ' is-docked' : ''}`,
    role: 'toolbar',
    style: docked ? undefined : place,
  };
  if (attachVerdict) {
    return (
      <div {...toolbar} aria-label={t('Attach the claim')}>
        <button
          type="button"
          className="verdict-button"
          onMouseDown={keepSelection}
          onClick={() => onChoice({ verdict: attachVerdict })}
        >
          {t('Attach here')}
        </button>
      </div>
    );
  }
  if (!isDefaultScale(scale)) {
    const language = uiLanguage();
    return (
      <div {...toolbar} aria-label={t('Mark the selection as a claim')}>
        {scale.ratings.map((rating, index) => {
          const name = ratingName(rating, language);
          const key = ratingKey(index);
          return (
            <button
              key={rating.id}
              type="button"
              className="verdict-button rating-button"
              onMouseDown={keepSelection}
              onClick={() => onChoice({ ratingIndex: index })}
              aria-keyshortcuts={key}
              title={`${name} (${key})`}
            >
              <RatingSwatch colour={rating.colour} />{' '}
              <span aria-hidden="true">{rating.symbol}</span> {name}{' '}
              <kbd aria-hidden="true">{key}</kbd>
            </button>
          );
        })}
      </div>
    );
  }
  return (
    <div {...toolbar} aria-label={t('Mark the selection as a claim')}>
      {VERDICTS.map((verdict) => {
        const { symbol, key } = VERDICT_LABELS[verdict];
        const label = t(VERDICT_LABELS[verdict].label);
        return (
          <button
            key={verdict}
            type="button"
            className={`verdict-button verdict-${verdict}`}
            onMouseDown={keepSelection}
            onClick={() => onChoice({ verdict })}
            aria-keyshortcuts={key}
            title={`${label} (${key})`}
          >
            <span aria-hidden="true">{symbol}</span> {label} <kbd aria-hidden="true">{key}</kbd>
          </button>
        );
      })}
    </div>
  );
}
