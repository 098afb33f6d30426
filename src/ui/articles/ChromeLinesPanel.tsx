import { useTranslation } from 'react-i18next';
import type { ChromeKind } from '../../domain/articles/chrome-kind';
import { msg } from '../i18n/i18n';
import type { ArticleDraft } from './article-draft';

interface Props {
  draft: ArticleDraft;
  onToggle: () => void;
}

const KIND_LABELS: Record<ChromeKind, string> = {
  menu: msg('menu or page tool'),
  breadcrumb: msg('breadcrumb'),
  'error-form': msg('error-report form'),
  newsletter: msg('newsletter box'),
  share: msg('share buttons'),
  cookie: msg('cookie banner'),
  'read-also': msg('“read also” links'),
  copyright: msg('copyright or footer'),
  ad: msg('advertising or paywall'),
  comments: msg('comments'),
};

/** The lines of a pasted or opened text that look like site chrome, removed in one click and put back in another. */
export function ChromeLinesPanel({ draft, onToggle }: Props) {
  const { t } = useTranslation();
  const { removal } = draft.source;
  if (!removal && draft.chrome.length === 0) return null;
  const lines = draft.source.raw.replace(/\r\n?/g, '\n').split('\n');
  return (
    <section className="input-review" aria-label={t('Site chrome')}>
      <div className="input-review-head">
        <p aria-live="polite">
          {removal
            ? t('{{count}} lines of site chrome removed.', { count: removal.lines.length })
            : t('{{count}} lines look like site chrome (menus, forms, share buttons…).', {
                count: draft.chrome.length,
              })}
        </p>
        <button type="button" className="button" onClick={onToggle}>
          {removal ? t('Put the removed lines back') : t('Remove the marked lines')}
        </button>
      </div>
      <ol
        className="input-review-list"
        aria-label={removal ? t('Removed lines') : t('Marked lines')}
      >
        {removal
          ? removal.lines.map((line, i) => (
              <li key={i}>
                <del>{line}</del>
              </li>
            ))
          : draft.chrome.map((mark) => (
              <li key={mark.line}>
                <del>{lines[mark.line]?.trim()}</del>{' '}
                <span className="input-review-kind">{t(KIND_LABELS[mark.kind])}</span>
                {mark.replacement && (
                  <span className="input-review-kind">
                    {' '}
                    {t('keeps “{{text}}”', { text: mark.replacement })}
                  </span>
                )}
              </li>
            ))}
      </ol>
    </section>
  );
}
