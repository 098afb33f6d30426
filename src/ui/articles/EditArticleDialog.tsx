import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleMetaProblems, cleanArticleMeta } from '../../domain/claims/article-meta';
import type { ArticleMeta } from '../../domain/types';
import { updateArticleMeta } from '../../db/articles';
import { ArticleMetaFields } from './ArticleMetaFields';
import { Modal } from '../shared/Modal';
import { problemMessage, writeErrorMessage } from '../shared/problem-messages';
import { runWrite } from '../shared/run-write';
import { FormFooter } from '../shared/FormFooter';
import './articles.css';

interface Props {
  articleId: string;
  meta: ArticleMeta;
  onClose: () => void;
}

/** Edits an article's title and other metadata. */
export function EditArticleDialog({ articleId, meta: initial, onClose }: Props) {
  const [meta, setMeta] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const { t } = useTranslation();
  const save = async () => {
    const cleaned = cleanArticleMeta(meta);
    const found = articleMetaProblems(cleaned).map(problemMessage);
    setProblems(found);
    if (found.length > 0) return;
    const outcome = await runWrite(() => updateArticleMeta(articleId, cleaned), {
      report: 'caller',
    });
    if (outcome.ok) onClose();
    else setProblems([writeErrorMessage(outcome.error)]);
  };
  return (
    <Modal title={t('Article details')} onClose={onClose} wide>
      <form
        className="modal-body"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ArticleMetaFields meta={meta} onChange={setMeta} />
        <FormFooter problems={problems} submitLabel={t('Save details')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
