// The ratings of an import (src/ui/exchange): each rating the file's claims carry that this
// library's scale lacks, with the rating of ours its claims take instead (or their verdict alone).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ratingName, type RatingScale } from '../../domain/claims/ratings';
import {
  verdictChanges,
  type RatingMapping as Mapping,
  type UnknownRating,
} from '../../domain/exchange/rating-mapping';
import { uiLanguage } from '../i18n/i18n';
import { VERDICT_LABELS } from '../shared/verdict-labels';

interface Props {
  unknown: UnknownRating[];
  /** This library's scale: the choices come from it. */
  scale: RatingScale;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}

/** Chooses, for each rating of the file this library lacks, the rating its claims take. */
export function RatingMapping({ unknown, scale, mapping, onChange }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const language = uiLanguage();
  if (unknown.length === 0) return null;
  return (
    <section className="rating-mapping" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('Ratings this library does not have')}</h3>
      <p>{t('Choose the rating of yours that the claims of each take.')}</p>
      {unknown.map((u, index) => {
        const target = mapping[u.id] ?? u.proposed;
        const changes = verdictChanges(u, target, scale);
        const verdict = scale.ratings.find((r) => r.id === target)?.verdict;
        const field = `${id}-${index}`;
        return (
          <div className="field" key={u.id}>
            <label htmlFor={field}>
              {t('The {{count}} claims rated “{{name}}” in the file take', {
                count: u.count,
                name: u.rating ? `${u.rating.symbol} ${ratingName(u.rating, language)}` : u.id,
              })}
            </label>
            <select
              id={field}
              value={target}
              aria-describedby={changes > 0 ? `${field}-changes` : undefined}
              onChange={(e) => onChange({ ...mapping, [u.id]: e.target.value })}
            >
              {scale.ratings.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.symbol} {ratingName(r, language)}
                </option>
              ))}
              <option value="">{t('Their verdict alone')}</option>
            </select>
            {changes > 0 && verdict && (
              <p id={`${field}-changes`} className="hint">
                {t('The verdict of {{count}} of these claims becomes “{{verdict}}”.', {
                  count: changes,
                  verdict: t(VERDICT_LABELS[verdict].label),
                })}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
