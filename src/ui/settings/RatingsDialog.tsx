import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultReplacement,
  MAX_RATINGS,
  newRatingId,
  ratingScaleProblems,
  removedInUse,
  type Replacements,
} from '../../domain/claims/rating-scale';
import {
  RATING_PRESETS,
  ratingName,
  type Rating,
  type RatingScale,
} from '../../domain/claims/ratings';
import type { Problem } from '../../domain/problem';
import { saveRatingScale } from '../../db/rating-settings';
import { uiLanguage } from '../i18n/i18n';
import { useRatingUse } from '../live/use-rating-scale';
import { FormFooter } from '../shared/FormFooter';
import { Modal } from '../shared/Modal';
import { problemMessage, writeErrorMessage } from '../shared/problem-messages';
import { runWrite } from '../shared/run-write';
import { RatingRow } from './RatingRow';
import { RemovedRatings } from './RemovedRatings';
import './settings.css';

interface Props {
  /** The scale stored now. */
  scale: RatingScale;
  onClose: () => void;
}

const CUSTOM = 'custom';

/** A copy of a preset, so that editing it never changes the preset. */
const copy = (scale: RatingScale): RatingScale => structuredClone(scale);

/**
 * Settings → Ratings: the organisation's rating scale, from a preset or edited rating by rating
 * (names, symbol, colour, value, verdict; order, add, remove). Saved with the form; ratings that
 * claims carry are removed only once their claims have a replacement.
 */
export function RatingsDialog({ scale: stored, onClose }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const language = uiLanguage();
  const use = useRatingUse();
  const [draft, setDraft] = useState(() => copy(stored));
  const [chosen, setChosen] = useState<Replacements>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const removed = use ? removedInUse(stored, draft, use) : [];
  const replacements: Replacements = Object.fromEntries(
    removed.map(({ rating }) => {
      const pick = chosen[rating.id];
      const valid = pick === '' || draft.ratings.some((r) => r.id === pick);
      return [rating.id, pick !== undefined && valid ? pick : defaultReplacement(rating, draft)];
    }),
  );

  const edit = (ratings: Rating[]) => setDraft({ id: CUSTOM, ratings });
  const change = (index: number, rating: Rating) =>
    edit(draft.ratings.map((r, i) => (i === index ? rating : r)));
  const move = (index: number, by: -1 | 1) => {
    const ratings = [...draft.ratings];
    [ratings[index], ratings[index + by]] = [ratings[index + by]!, ratings[index]!];
    edit(ratings);
  };
  const add = () =>
    edit([
      ...draft.ratings,
      {
        id: newRatingId(draft),
        names: { en: '', fr: '' },
        colour: '#6b7280',
        symbol: '',
        ratingValue: 1,
        verdict: 'unverified',
      },
    ]);

  const save = async () => {
    const found = ratingScaleProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    const outcome = await runWrite(() => saveRatingScale(draft, replacements), {
      report: 'caller',
    });
    if (outcome.ok) onClose();
    else setFailure(outcome.error);
  };

  const presetId = RATING_PRESETS.some((p) => p.id === draft.id) ? draft.id : CUSTOM;
  return (
    <Modal title={t('Rating scale')} onClose={onClose} wide>
      <form
        className="modal-body settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="hint">
          {t(
            'The ratings your organisation publishes, best first. Each counts as one of the three verdicts, which filters and counts use. Number keys 1 to 9 give the ratings in the reader.',
          )}
        </p>
        <div className="field">
          <label htmlFor={`${id}-preset`}>{t('Start from')}</label>
          <select
            id={`${id}-preset`}
            value={presetId}
            onChange={(e) => {
              const preset = RATING_PRESETS.find((p) => p.id === e.target.value);
              if (preset) setDraft(copy(preset));
            }}
          >
            <option value={RATING_PRESETS[0]!.id}>{t('The three verdicts (default)')}</option>
            <option value={RATING_PRESETS[1]!.id}>{t('Five ratings')}</option>
            <option value={CUSTOM} disabled>
              {t('Your own scale')}
            </option>
          </select>
        </div>
        <ol className="rating-list">
          {draft.ratings.map((rating, index) => (
            <li key={rating.id}>
              <RatingRow
                rating={rating}
                index={index}
                count={draft.ratings.length}
                name={ratingName(rating, language) || t('New rating')}
                onChange={(next) => change(index, next)}
                onMove={(by) => move(index, by)}
                onRemove={() => edit(draft.ratings.filter((_, i) => i !== index))}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button"
          disabled={draft.ratings.length >= MAX_RATINGS}
          onClick={add}
        >
          {t('Add a rating')}
        </button>
        <RemovedRatings
          removed={removed}
          scale={draft}
          replacements={replacements}
          onChoose={(ratingId, replacement) =>
            setChosen((c) => ({ ...c, [ratingId]: replacement }))
          }
        />
        <FormFooter
          problems={[
            ...problems.map(problemMessage),
            ...(failure === null ? [] : [writeErrorMessage(failure)]),
          ]}
          submitLabel={t('Save the scale')}
          onCancel={onClose}
          busy={use === undefined}
        />
      </form>
    </Modal>
  );
}
