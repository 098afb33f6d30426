import { useTranslation } from 'react-i18next';
import { ratingMark, verdictMark, type Mark } from '../../domain/claims/rating-scale';
import { isDefaultScale } from '../../domain/claims/rating-scale';
import { ratingName, type RatingScale } from '../../domain/claims/ratings';
import { VERDICTS, type Claim } from '../../domain/types';
import { uiLanguage } from '../i18n/i18n';
import { RatingSwatch } from '../shared/RatingBadge';
import { VERDICT_LABELS } from '../shared/verdict-labels';

interface Props {
  claim: Claim;
  scale: RatingScale;
  onMark: (mark: Mark) => void;
}

/**
 * The claim's verdict, or on an organisation's scale its rating (a rating sets the verdict it
 * counts as, in the same write). A claim judged with a verdict alone shows none checked.
 */
export function RatingChoice({ claim, scale, onMark }: Props) {
  const { t } = useTranslation();
  if (isDefaultScale(scale)) {
    return (
      <fieldset className="verdict-choice">
        <legend className="visually-hidden">{t('Verdict')}</legend>
        {VERDICTS.map((verdict) => (
          <label key={verdict} className={`verdict-option verdict-${verdict}`}>
            <input
              type="radio"
              name={`verdict-${claim.id}`}
              value={verdict}
              checked={claim.verdict === verdict}
              onChange={() => onMark(verdictMark(verdict))}
            />
            <span aria-hidden="true">{VERDICT_LABELS[verdict].symbol}</span>{' '}
            {t(VERDICT_LABELS[verdict].label)}
          </label>
        ))}
      </fieldset>
    );
  }
  const language = uiLanguage();
  return (
    <fieldset className="verdict-choice rating-choice">
      <legend className="visually-hidden">{t('Rating')}</legend>
      {scale.ratings.map((rating) => (
        <label key={rating.id} className="verdict-option rating-option">
          <input
            type="radio"
            name={`rating-${claim.id}`}
            value={rating.id}
            checked={claim.rating === rating.id}
            onChange={() => onMark(ratingMark(rating))}
          />
          <RatingSwatch colour={rating.colour} /> <span aria-hidden="true">{rating.symbol}</span>{' '}
          {ratingName(rating, language)}
        </label>
      ))}
    </fieldset>
  );
}
