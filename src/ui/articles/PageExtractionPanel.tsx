import { useTranslation } from 'react-i18next';
import type { ArticleDraft } from './article-draft';

interface Props {
  draft: ArticleDraft;
  onKeepWholePage: (keep: boolean) => void;
}

/** What the extractor kept of a web page and what it dropped, side by side, with the choice to keep the whole page. */
export function PageExtractionPanel({ draft, onKeepWholePage }: Props) {
  const { t } = useTranslation();
  const { extraction, source } = draft;
  if (!extraction?.extracted) return null;
  const kept = draft.text.split('\n\n');
  const whole = source.keepWholePage;
  return (
    <section className="input-review" aria-label={t('Main content of the page')}>
      <div className="input-review-head">
        <p aria-live="polite">
          {whole
            ? t('The whole page is kept.')
            : t('Main content found: {{count}} blocks of the page are left out.', {
                count: extraction.dropped.length,
              })}
        </p>
        <button
          type="button"
          className="button"
          aria-pressed={whole}
          onClick={() => onKeepWholePage(!whole)}
        >
          {t('Keep the whole page')}
        </button>
      </div>
      <div className="input-review-compare">
        <div>
          <h3>{t('Article')}</h3>
          <ol className="input-review-list" aria-label={t('Kept blocks')}>
            {kept.map((block, i) => (
              <li key={i}>{block}</li>
            ))}
          </ol>
        </div>
        {!whole && (
          <div>
            <h3>{t('Left out')}</h3>
            <ol className="input-review-list" aria-label={t('Dropped blocks')}>
              {extraction.dropped.map((block, i) => (
                <li key={i}>
                  <del>{block}</del>
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
    </section>
  );
}
