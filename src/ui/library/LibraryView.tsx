// The library screen (src/ui/library): every article with its counts, where articles are added,
// imported, exported and deleted.
import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../db/articles';
import { prepareArticleSearch } from '../../db/library-index';
import { deleteArticle } from '../../db/articles';
import { useUiStore } from '../../store/ui-store';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ExportMenu } from '../exchange/ExportMenu';
import { LazyAddArticleDialog } from '../articles/lazy-add-article-dialog';
import { LazyImportDialog } from '../exchange/lazy-import-dialog';
import { EditArticleDialog } from '../articles/EditArticleDialog';
import { useArticleSearch } from '../live/use-article-search';
import { useArticleIds } from '../live/use-articles';
import { useLocalOnlyIds, useTeamSettings } from '../live/use-team';
import { ArticleTable } from './ArticleTable';
import { runWrite } from '../shared/run-write';
import { whenIdle } from '../shared/when-idle';
import { LibraryAgreement } from './LibraryAgreement';
import { useLibraryAgreement } from '../live/use-library-agreement';
import './library.css';

/** What the deletion question names: the article's title and its number of claims. */
const deleting = (summary: ArticleSummary) => ({
  title: summary.article.title,
  count: Object.values(summary.counts).reduce((a, b) => a + b, 0),
});

type Dialog =
  | { kind: 'add'; file?: File }
  | { kind: 'import'; file?: File }
  | { kind: 'edit'; summary: ArticleSummary }
  | { kind: 'delete'; summary: ArticleSummary };

/** The library: every article with its claim counts; add, open, edit and delete articles. */
export function LibraryView() {
  const ids = useArticleIds();
  // The live ids follow every claim write (a claim's change bumps its article's updatedAt).
  const agreement = useLibraryAgreement(ids);
  const navigate = useUiStore((s) => s.navigate);
  const showToast = useUiStore((s) => s.showToast);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [dragging, setDragging] = useState(false);
  const [query, setQuery] = useState('');
  const matching = useArticleSearch(query, ids);
  const shown = matching ? ids?.filter((id) => matching.ids.has(id)) : ids;
  const scrollerRef = useRef<HTMLElement>(null);
  // The search worker folds the library once the first screen is painted, not at a keystroke.
  useEffect(() => whenIdle(prepareArticleSearch, 2000), []);
  const open = (articleId: string) => navigate({ name: 'article', articleId });
  const { t } = useTranslation();
  const team = useTeamSettings();
  const localOnly = useLocalOnlyIds();

  return (
    <main
      ref={scrollerRef}
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
            {ids === undefined
              ? t('Loading…')
              : t('{{count}} articles · stored in this browser', { count: ids.length })}
          </p>
          {matching && shown && shown.length > 0 && (
            <p className="hint" role="status">
              {t('{{shown}} of {{count}} articles', { shown: shown.length, count: ids?.length })}
            </p>
          )}
        </div>
        {ids && ids.length > 0 && (
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

      {ids && ids.length > 0 && shown?.length === 0 && matching?.settled && (
        <p className="library-no-match" role="status">
          {t('No article contains every word of “{{query}}”.', { query: query.trim() })}
        </p>
      )}

      {ids?.length === 0 && (
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
        <ArticleTable
          ids={shown}
          scrollerRef={scrollerRef}
          onOpen={open}
          onEdit={(summary) => setDialog({ kind: 'edit', summary })}
          onDelete={(summary) => setDialog({ kind: 'delete', summary })}
        />
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
          message={
            team && !localOnly.has(dialog.summary.article.id)
              ? t(
                  '“{{title}}” and its {{count}} claims will be deleted from this browser and from the team’s library, for every member. This cannot be undone.',
                  deleting(dialog.summary),
                )
              : t(
                  '“{{title}}” and its {{count}} claims will be deleted from this browser. This cannot be undone.',
                  deleting(dialog.summary),
                )
          }
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
