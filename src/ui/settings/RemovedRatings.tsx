import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Replacements } from '../../domain/claims/rating-scale';
import { ratingName, type Rating, type RatingScale } from '../../domain/claims/ratings';
import { uiLanguage } from '../i18n/i18n';
import { VERDICT_LABELS } from '../shared/verdict-labels';

interface Props {
  /** The removed ratings that claims carry, with how many. */
  removed: { rating: Rating; count: number }[];
  /** The scale being saved: the replacements come from it. */
  scale: RatingScale;
  replacements: Replacements;
  onChoose: (ratingId: string, replacement: string) => void;
}

/** For each removed rating still in use, the rating its claims take instead (or their verdict). */
export function RemovedRatings({ removed, scale, replacements, onChoose }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const language = uiLanguage();
  if (removed.length === 0) return null;
  return (
    <section className="removed-ratings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('Ratings that claims still use')}</h3>
      {removed.map(({ rating, count }) => (
        <div className="field" key={rating.id}>
          <label htmlFor={`${id}-${rating.id}`}>
            {t('The {{count}} claims rated “{{name}}” take', {
              count,
              name: ratingName(rating, language),
            })}
          </label>
          <select
            id={`${id}-${rating.id}`}
            value={replacements[rating.id] ?? ''}
            onChange={(e) => onChoose(rating.id, e.target.value)}
          >
            {scale.ratings.map((r) => (
              <option key={r.id} value={r.id}>
                {r.symbol} {ratingName(r, language)}
              </option>
            ))}
            <option value="">
              {t('Their verdict alone ({{verdict}})', {
                verdict: t(VERDICT_LABELS[rating.verdict].label),
              })}
            </option>
          </select>
        </div>
      ))}
    </section>
  );
}
