// The report screen (src/ui/report): one article's fact-check report, to read, print or download.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildReport } from '../../domain/exchange/report-model';
import { reportMarkdown } from '../../domain/exchange/report-markdown';
import { exportFileName } from '../../domain/exchange/file-name';
import type { Article } from '../../domain/types';
import { useUiStore } from '../../store/ui-store';
import { useArticle } from '../live/use-articles';
import { useClaims } from '../live/use-claims';
import { useRatingScale } from '../live/use-rating-scale';
import { ReportDocument } from './ReportDocument';
import { reportHtml } from './report-html';
import { reportWords } from './report-words';
import './report.css';

/** The report of one article, or why there is none. */
export function ReportView({ articleId }: { articleId: string }) {
  const article = useArticle(articleId);
  const navigate = useUiStore((s) => s.navigate);
  const { t } = useTranslation();
  if (article === undefined) return <main className="reader-loading">{t('Loading article…')}</main>;
  if (article === null) {
    return (
      <main className="reader-missing">
        <h1>{t('This article is not in the library')}</h1>
        <p>{t('It may have been deleted, in this tab or in another one.')}</p>
        <button
          type="button"
          className="button primary"
          onClick={() => navigate({ name: 'library' })}
        >
          {t('Back to the library')}
        </button>
      </main>
    );
  }
  return <ArticleReport article={article} />;
}

function ArticleReport({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  const claims = useClaims(article.id);
  const scale = useRatingScale();
  const [madeAt] = useState(() => new Date().toISOString());
  const report = useMemo(
    () => (claims === undefined ? undefined : buildReport(article, claims, scale)),
    [article, claims, scale],
  );
  // Rebuilt when the UI language changes: the words are read from it.
  const words = useMemo(() => reportWords(), [i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps

  const download = async (kind: 'html' | 'md') => {
    if (!report) return;
    const { downloadFile } = await import('../exchange/export-files');
    const html = kind === 'html';
    const content = html
      ? reportHtml(report, words, madeAt)
      : reportMarkdown(report, words, madeAt);
    downloadFile({
      name: exportFileName(article.title, new Date(madeAt), html ? '.report.html' : '.report.md'),
      blob: new Blob([content], { type: html ? 'text/html' : 'text/markdown' }),
    });
  };

  return (
    <main className="report-screen">
      <div className="report-toolbar" role="toolbar" aria-label={t('Report')}>
        <button
          type="button"
          className="button"
          onClick={() => navigate({ name: 'article', articleId: article.id })}
        >
          ← {t('Back to the article')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('Print')}
        </button>
        <button type="button" className="button" onClick={() => void download('html')}>
          {t('Download HTML')}
        </button>
        <button type="button" className="button" onClick={() => void download('md')}>
          {t('Download Markdown')}
        </button>
      </div>
      {report ? (
        <ReportDocument report={report} words={words} madeAt={madeAt} />
      ) : (
        <p aria-busy="true">{t('Loading…')}</p>
      )}
    </main>
  );
}
