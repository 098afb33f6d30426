import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../domain/claims/ratings';
import { VERDICTS } from '../../domain/types';
import { VERDICT_LABELS } from '../shared/verdict-labels';
import { RatingSwatch } from '../shared/RatingBadge';

interface Props {
  rating: Rating;
  /** Its place on the scale, from 0. */
  index: number;
  count: number;
  /** The rating's name in the UI language, for the group's name. */
  name: string;
  onChange: (rating: Rating) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One rating of the scale being edited: its names, symbol, colour, value and verdict. */
export function RatingRow({ rating, index, count, name, onChange, onMove, onRemove }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const set = <K extends keyof Rating>(key: K, value: Rating[K]) =>
    onChange({ ...rating, [key]: value });
  const position = index + 1;
  return (
    <fieldset
      className="rating-row"
      aria-label={t('Rating {{position}}: {{name}}', { position, name })}
    >
      <legend>
        <RatingSwatch colour={rating.colour} /> <span aria-hidden="true">{rating.symbol}</span>{' '}
        <kbd title={t('Its key')}>{position}</kbd> {name}
      </legend>
      <div className="field">
        <label htmlFor={`${id}-en`}>{t('Name in English')}</label>
        <input
          id={`${id}-en`}
          lang="en"
          value={rating.names.en}
          onChange={(e) => set('names', { ...rating.names, en: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-fr`}>{t('Name in French')}</label>
        <input
          id={`${id}-fr`}
          lang="fr"
          value={rating.names.fr}
          onChange={(e) => set('names', { ...rating.names, fr: e.target.value })}
        />
      </div>
      <div className="field rating-short">
        <label htmlFor={`${id}-symbol`}>{t('Symbol')}</label>
        <input
          id={`${id}-symbol`}
          value={rating.symbol}
          onChange={(e) => set('symbol', e.target.value)}
        />
      </div>
      <div className="field rating-short">
        <label htmlFor={`${id}-colour`}>{t('Colour')}</label>
        <input
          id={`${id}-colour`}
          type="color"
          value={rating.colour}
          onChange={(e) => set('colour', e.target.value)}
        />
      </div>
      <div className="field rating-short">
        <label htmlFor={`${id}-value`}>{t('Rating value')}</label>
        <input
          id={`${id}-value`}
          type="number"
          min={1}
          step={1}
          value={Number.isNaN(rating.ratingValue) ? '' : rating.ratingValue}
          onChange={(e) => set('ratingValue', e.target.valueAsNumber)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-verdict`}>{t('Counts as')}</label>
        <select
          id={`${id}-verdict`}
          value={rating.verdict}
          onChange={(e) => set('verdict', e.target.value as Rating['verdict'])}
        >
          {VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {t(VERDICT_LABELS[verdict].label)}
            </option>
          ))}
        </select>
      </div>
      <div className="rating-row-actions">
        <button type="button" className="button" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('Move up')}
        </button>
        <button
          type="button"
          className="button"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          {t('Move down')}
        </button>
        <button type="button" className="button" disabled={count === 1} onClick={onRemove}>
          {t('Remove')}
        </button>
      </div>
    </fieldset>
  );
}
