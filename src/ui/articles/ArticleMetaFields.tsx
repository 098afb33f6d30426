import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleLanguage, ArticleMeta } from '../../domain/types';
import { msg } from '../i18n/i18n';

interface Props {
  meta: ArticleMeta;
  onChange: (meta: ArticleMeta) => void;
  /** Where each prefilled value comes from, shown as the field's tooltip. */
  sources?: Partial<Record<keyof ArticleMeta, string>>;
  /** A line under the publication date (the page's date of last change). */
  dateNote?: string;
}

const LANGUAGES: { value: ArticleLanguage; label: string }[] = [
  { value: 'fr', label: msg('French') },
  { value: 'en', label: msg('English') },
  { value: 'other', label: msg('Other') },
];

/** The editable metadata of an article, shared by the add and edit dialogs. */
export function ArticleMetaFields({ meta, onChange, sources = {}, dateNote }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const field = <K extends keyof ArticleMeta>(key: K, value: ArticleMeta[K]) =>
    onChange({ ...meta, [key]: value });
  return (
    <div className="meta-grid">
      <div className="field span-2">
        <label htmlFor={`${id}-title`}>{t('Title')}</label>
        <input
          id={`${id}-title`}
          title={sources.title}
          required
          value={meta.title}
          onChange={(e) => field('title', e.target.value)}
        />
      </div>
      <div className="field span-2">
        <label htmlFor={`${id}-url`}>{t('Source URL')}</label>
        <input
          id={`${id}-url`}
          title={sources.sourceUrl}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={meta.sourceUrl}
          onChange={(e) => field('sourceUrl', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-publisher`}>{t('Publisher')}</label>
        <input
          id={`${id}-publisher`}
          title={sources.publisher}
          value={meta.publisher}
          onChange={(e) => field('publisher', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-author`}>{t('Author')}</label>
        <input
          id={`${id}-author`}
          title={sources.author}
          value={meta.author}
          onChange={(e) => field('author', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('Publication date')}</label>
        <input
          id={`${id}-date`}
          title={sources.publishedAt}
          type="date"
          value={meta.publishedAt}
          onChange={(e) => field('publishedAt', e.target.value)}
        />
        {dateNote && <span className="hint">{dateNote}</span>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('Language')}</label>
        <select
          id={`${id}-lang`}
          title={sources.language}
          value={meta.language}
          onChange={(e) => field('language', e.target.value as ArticleLanguage)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.value} value={l.value}>
              {t(l.label)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
