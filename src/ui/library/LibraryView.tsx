// The library screen (src/ui/library): every article with its counts, where articles are added,
// imported, exported and deleted.
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../db/articles';
import { deleteArticle } from '../../db/articles';
import { VERDICTS } from '../../domain/types';
import { useUiStore } from '../../store/ui-store';
import { routeHash } from '../../store/route';
import { REVIEW_STATES } from '../../domain/claims/claim-filter';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ExportMenu } from '../exchange/ExportMenu';
import { LazyAddArticleDialog } from '../articles/lazy-add-article-dialog';
import { LazyImportDialog } from '../exchange/lazy-import-dialog';
import { REVIEW_STATE_COUNTS } from '../shared/review-state-labels';
import { VerdictMixBar } from './VerdictMixBar';
import { EditArticleDialog } from '../articles/EditArticleDialog';
import { formatDateTime, formatDay } from '../shared/format';
import { useArticleSearch } from '../live/use-article-search';
import { useArticleSummaries } from '../live/use-articles';
import { runWrite } from '../shared/run-write';
import { VERDICT_LABELS } from '../shared/verdict-labels';
import { LibraryAgreement } from './LibraryAgreement';
import { useLibraryAgreement } from '../live/use-library-agreement';
import './library.css';

type Dialog =
  | { kind: 'add'; file?: File }
  | { kind: 'import'; file?: File }
  | { kind: 'edit'; summary: ArticleSummary }
  | { kind: 'delete'; summary: ArticleSummary };

/** The library: every article with its claim counts; add, open, edit and delete articles. */
export function LibraryView() {
  const summaries = useArticleSummaries();
  const agreement = useLibraryAgreement(summaries);
  const navigate = useUiStore((s) => s.navigate);
  const showToast = useUiStore((s) => s.showToast);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [dragging, setDragging] = useState(false);
  const [query, setQuery] = useState('');
  const matching = useArticleSearch(query);
  const shown = matching ? summaries?.filter((s) => matching.has(s.article.id)) : summaries;
  const open = (articleId: string) => navigate({ name: 'article', articleId });
  const { t } = useTranslation();

  return (
    <main
      className={`library${dragging ? ' is-dragging' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        // Annotation files are imported; anything else is read as an article.
        if (file) setDialog({ kind: /\.(json|jsonld)$/i.test(file.name) ? 'import' : 'add', file });
      }}
    >
      <div className="library-head">
        <div>
          <h1>{t('Library')}</h1>
          <p className="hint">
            {summaries === undefined
              ? t('Loading…')
              : t('{{count}} articles · stored in this browser', { count: summaries.length })}
          </p>
        </div>
        {summaries && summaries.length > 0 && (
          <search className="library-search">
            <label htmlFor="library-search">{t('Search the library')}</label>
            <input
              id="library-search"
              type="search"
              value={query}
              placeholder={t('Words in a title, publisher or text')}
              onChange={(e) => setQuery(e.target.value)}
            />
          </search>
        )}
        <div className="library-actions">
          <button type="button" className="button" onClick={() => setDialog({ kind: 'import' })}>
            {t('Import…')}
          </button>
          <ExportMenu articleId={null} label={t('Export library')} />
          <button
            type="button"
            className="button primary"
            onClick={() => setDialog({ kind: 'add' })}
          >
            {t('Add article')}
          </button>
        </div>
      </div>

      <LibraryAgreement figures={agreement} />

      {summaries && summaries.length > 0 && shown?.length === 0 && (
        <p className="library-no-match" role="status">
          {t('No article contains every word of “{{query}}”.', { query: query.trim() })}
        </p>
      )}

      {summaries?.length === 0 && (
        <div className="empty-library">
          <h2>{t('No articles yet')}</h2>
          <p>
            <Trans
              t={t}
              i18nKey="Add an article to start checking it: paste its text or a selection from a web page, or open a <code>.txt</code>, <code>.html</code> or <code>.md</code> file. You can also drop a file anywhere on this page."
              components={{ code: <code /> }}
            />
          </p>
          <button
            type="button"
            className="button primary"
            onClick={() => setDialog({ kind: 'add' })}
          >
            {t('Add your first article')}
          </button>
        </div>
      )}

      {shown && shown.length > 0 && (
        <table className="article-table">
          <caption className="visually-hidden">{t('Articles')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Title')}</th>
              <th scope="col">{t('Publisher')}</th>
              <th scope="col">{t('Published')}</th>
              <th scope="col">{t('Claims')}</th>
              <th scope="col">{t('Last change')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('Actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((summary) => {
              const { article, counts, states } = summary;
              return (
                <tr key={article.id}>
                  <th scope="row">
                    <a
                      href={routeHash({ name: 'article', articleId: article.id })}
                      onClick={(e) => (e.preventDefault(), open(article.id))}
                    >
                      {article.title}
                    </a>
                  </th>
                  <td>{article.publisher}</td>
                  {/* Each cell's label shows with it where the table is shown as cards. */}
                  <td data-label={article.publishedAt ? t('Published') : undefined}>
                    {formatDay(article.publishedAt)}
                  </td>
                  <td>
                    <ul className="count-chips" aria-label={t('Claims per verdict')}>
                      {VERDICTS.map((verdict) => (
                        <li
                          key={verdict}
                          className={`count-chip verdict-${verdict}${counts[verdict] ? '' : ' is-zero'}`}
                          title={t(VERDICT_LABELS[verdict].label)}
                        >
                          <span aria-hidden="true">{VERDICT_LABELS[verdict].symbol}</span>{' '}
                          {counts[verdict]}
                          <span className="visually-hidden">
                            {' '}
                            {t(VERDICT_LABELS[verdict].label)}
                          </span>
                        </li>
                      ))}
                    </ul>
                    <VerdictMixBar counts={counts} />
                    <p className="state-line">
                      {REVIEW_STATES.map((state) =>
                        t(REVIEW_STATE_COUNTS[state], { count: states[state] }),
                      ).join(' · ')}
                    </p>
                  </td>
                  <td data-label={t('Last change')}>{formatDateTime(article.updatedAt)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('Edit details of {{title}}', { title: article.title })}
                      onClick={() => setDialog({ kind: 'edit', summary })}
                    >
                      {t('Edit')}
                    </button>
                    <button
                      type="button"
                      className="link-button danger"
                      aria-label={t('Delete {{title}}', { title: article.title })}
                      onClick={() => setDialog({ kind: 'delete', summary })}
                    >
                      {t('Delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {dialog?.kind === 'add' && (
        <LazyAddArticleDialog
          initialFile={dialog.file}
          onClose={() => setDialog(null)}
          onCreated={(id) => {
            setDialog(null);
            open(id);
          }}
        />
      )}
      {dialog?.kind === 'import' && (
        <LazyImportDialog initialFile={dialog.file} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'edit' && (
        <EditArticleDialog
          articleId={dialog.summary.article.id}
          meta={dialog.summary.article}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('Delete this article?')}
          message={t(
            '“{{title}}” and its {{count}} claims will be deleted from this browser. This cannot be undone.',
            {
              title: dialog.summary.article.title,
              count: Object.values(dialog.summary.counts).reduce((a, b) => a + b, 0),
            },
          )}
          confirmLabel={t('Delete article')}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            const { id, title } = dialog.summary.article;
            setDialog(null);
            void runWrite(() => deleteArticle(id)).then(
              (outcome) =>
                outcome.ok &&
                showToast({ message: t('“{{title}}” deleted.', { title }), tone: 'info' }),
            );
          }}
        />
      )}
    </main>
  );
}
