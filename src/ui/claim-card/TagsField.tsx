import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitTypedTags, tagKey, withTag, withoutTag } from '../../domain/claims/tags';
import { SaveStateText } from './SaveStateText';
import { useAutosave } from './use-autosave';
import { useClaimTags } from '../live/use-all-claims';

interface Props {
  tags: string[];
  onSave: (tags: string[]) => Promise<boolean>;
}

/**
 * A claim's free tags as removable chips. Enter or a comma adds what was typed; the tags already
 * used anywhere in the library are offered as completions. Each change is saved at once.
 */
export function TagsField({ tags, onSave }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const known = useClaimTags() ?? [];
  const saved = useAutosave(tags, onSave, { delay: 0 });
  const [typed, setTyped] = useState('');
  const current = saved.draft;
  const offered = known.filter((tag) => !current.some((t) => tagKey(t) === tagKey(tag)));

  const add = (words: string[], rest: string) => {
    const next = words.reduce((list, word) => withTag(list, word, known), current);
    setTyped(rest);
    if (next.length !== current.length) saved.change(next);
  };

  return (
    <div role="group" className="details-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="details-heading">
        {t('Tags')}
      </h3>
      {current.length > 0 && (
        <ul className="tag-chips" aria-label={t('Tags of this claim')}>
          {current.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('Remove tag {{tag}}', { tag })}
                onClick={() => saved.change(withoutTag(current, tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tag-entry">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {t('Add a tag')}
        </label>
        <input
          id={`${id}-input`}
          list={`${id}-known`}
          aria-describedby={`${id}-state`}
          value={typed}
          placeholder={t('Add a tag, then Enter')}
          autoComplete="off"
          onChange={(e) => {
            const { finished, rest } = splitTypedTags(e.target.value);
            if (finished.length > 0) add(finished, rest);
            else setTyped(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add([typed], '');
          }}
          onBlur={saved.flush}
        />
        <datalist id={`${id}-known`}>
          {offered.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <SaveStateText
          id={`${id}-state`}
          state={saved.state}
          failed={t('Not saved — kept here; try again')}
        />
      </div>
    </div>
  );
}
