import { useState } from 'react';
import { articleMetaProblems, cleanArticleMeta } from '../domain/article-meta';
import type { ArticleMeta } from '../domain/types';
import { updateArticleMeta } from '../db/articles';
import { ArticleMetaFields } from './ArticleMetaFields';
import { Modal } from './Modal';
import { writeErrorMessage } from './use-claim-actions';

interface Props {
  articleId: string;
  meta: ArticleMeta;
  onClose: () => void;
}

/** Edits an article's title and other metadata. */
export function EditArticleDialog({ articleId, meta: initial, onClose }: Props) {
  const [meta, setMeta] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const save = async () => {
    const cleaned = cleanArticleMeta(meta);
    const found = articleMetaProblems(cleaned);
    setProblems(found);
    if (found.length > 0) return;
    try {
      await updateArticleMeta(articleId, cleaned);
      onClose();
    } catch (error) {
      setProblems([writeErrorMessage(error)]);
    }
  };
  return (
    <Modal title="Article details" onClose={onClose} wide>
      <form
        className="modal-body"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ArticleMetaFields meta={meta} onChange={setMeta} />
        {problems.length > 0 && (
          <div role="alert">
            <ul className="form-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Save details
          </button>
        </div>
      </form>
    </Modal>
  );
}
