import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCK_SEPARATOR } from '../../domain/text/canonical-text';
import type { Article } from '../../domain/types';
import { repairArticleDocument } from '../../db/article-repair';
import { runWrite } from '../shared/run-write';

/**
 * An article whose document the editor cannot show: says so, shows the article's text as plain
 * paragraphs, and offers to rebuild the document from that text (the document replaced goes to
 * the article's text history).
 */
export function DamagedArticle({ article, detail }: { article: Article; detail: string }) {
  const { t } = useTranslation();
  const [repairing, setRepairing] = useState(false);
  const repair = async () => {
    setRepairing(true);
    await runWrite(() => repairArticleDocument(article.id));
    // Repaired, the reader shows the editor instead; failed, the toast says why.
    setRepairing(false);
  };
  return (
    <div className="article-area">
      <div className="article-scroller">
        <div className="article-page">
          <div className="notice" role="alert">
            <p>
              <strong>{t('This article’s document cannot be shown.')}</strong>{' '}
              {t(
                'Its text is shown below as plain paragraphs. Repair rebuilds the document from this text; the current document is kept in the article’s text history.',
              )}
            </p>
            <p>
              <code>{detail}</code>
            </p>
            <button
              type="button"
              className="button primary"
              disabled={repairing}
              onClick={() => void repair()}
            >
              {repairing ? t('Repairing…') : t('Repair')}
            </button>
          </div>
          <section className="article-text" aria-label={t('Article text, plain paragraphs')}>
            {article.text.split(BLOCK_SEPARATOR).map((paragraph, index) => (
              <p key={index}>
                {paragraph.split('\n').map((line, at) => (
                  <span key={at}>
                    {at > 0 && <br />}
                    {line}
                  </span>
                ))}
              </p>
            ))}
          </section>
        </div>
      </div>
    </div>
  );
}
