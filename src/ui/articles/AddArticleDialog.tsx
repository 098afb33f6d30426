// The article dialogs (src/ui/articles), a part: adding an article from text, HTML or a file, and
// editing its details.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import {
  articleMetaProblems,
  cleanArticleMeta,
  emptyArticleMeta,
  guessLanguage,
} from '../../domain/claims/article-meta';
import { canonicalText } from '../../domain/text/canonical-text';
import type { ArticleMeta } from '../../domain/types';
import { createArticle } from '../../db/articles';
import { pastedToInput, readArticleInput, type ArticleInput } from '../../editor/article-input';
import { ArticleMetaFields } from './ArticleMetaFields';
import { formatNumber } from '../shared/format';
import { Modal } from '../shared/Modal';
import { ARTICLE_FILE_ACCEPT, readArticleFile } from './read-article-file';
import { errorMessage, problemMessage, writeErrorMessage } from '../shared/problem-messages';
import { runWrite } from '../shared/run-write';
import './articles.css';

interface Props {
  initialFile?: File;
  onClose: () => void;
  onCreated: (articleId: string) => void;
}

/** Adds an article from pasted text or HTML, or from a .txt/.html/.md file. */
export function AddArticleDialog({ initialFile, onClose, onCreated }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [pasted, setPasted] = useState<ArticleInput | null>(null);
  const [file, setFile] = useState<{ name: string; input: ArticleInput } | null>(null);
  const [meta, setMeta] = useState<ArticleMeta>(emptyArticleMeta);
  const [titleTouched, setTitleTouched] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const loadedInitial = useRef(false);

  const input = useMemo(
    () => file?.input ?? pasted ?? (text.trim() ? readArticleInput('text', text) : null),
    [file, pasted, text],
  );
  const stats = useMemo(() => {
    if (!input) return null;
    const plain = canonicalText(input.doc);
    return { blocks: plain.split('\n\n').length, characters: [...plain].length, plain };
  }, [input]);

  const adopt = (next: ArticleInput) => {
    const plain = canonicalText(next.doc);
    setMeta((m) => ({
      ...m,
      title: titleTouched && m.title ? m.title : next.proposedTitle,
      language: guessLanguage(plain),
    }));
    setProblems([]);
  };

  const openFile = async (chosen: File) => {
    try {
      const read = await readArticleFile(chosen);
      setFile({ name: chosen.name, input: read });
      adopt(read);
    } catch (error) {
      setProblems([errorMessage(error)]);
    }
  };

  useEffect(() => {
    if (!initialFile || loadedInitial.current) return;
    loadedInitial.current = true;
    void openFile(initialFile);
    // Runs once for the file dropped on the library.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFile]);

  const submit = async () => {
    const cleaned = cleanArticleMeta(meta);
    const found = articleMetaProblems(cleaned).map(problemMessage);
    if (!input || !stats || stats.characters === 0)
      found.unshift(t('Paste the article text or open a file.'));
    setProblems(found);
    if (found.length > 0 || !input) return;
    setSaving(true);
    const doc = input.doc;
    const outcome = await runWrite(() => createArticle(cleaned, doc), { report: 'caller' });
    if (outcome.ok) return onCreated(outcome.value.id);
    setProblems([writeErrorMessage(outcome.error)]);
    setSaving(false);
  };

  return (
    <Modal title={t('Add an article')} onClose={onClose} wide>
      <form
        className="modal-body add-article"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {file ? (
          <div className="file-chip">
            <span>
              <Trans
                t={t}
                i18nKey="From file <strong>{{name}}</strong>"
                values={{ name: file.name }}
                components={{ strong: <strong /> }}
              />
            </span>
            <button type="button" className="link-button" onClick={() => setFile(null)}>
              {t('Remove file')}
            </button>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('Article text')}</label>
            <textarea
              id={`${id}-text`}
              className="paste-area"
              rows={9}
              value={text}
              placeholder={t('Paste the article here (text or a selection from a web page)…')}
              onPaste={(e) => {
                const html = e.clipboardData.getData('text/html');
                const plain = e.clipboardData.getData('text/plain');
                if (!html) return;
                e.preventDefault();
                const read = pastedToInput(html, plain);
                setPasted(read);
                setText(canonicalText(read.doc));
                adopt(read);
              }}
              onChange={(e) => {
                setPasted(null);
                setText(e.target.value);
                if (!titleTouched) {
                  const read = readArticleInput('text', e.target.value);
                  adopt(read);
                }
              }}
            />
            <div className="paste-actions">
              <span className="hint">{t('or')}</span>
              <button type="button" className="button" onClick={() => fileInput.current?.click()}>
                {t('Open a file…')}
              </button>
              <span className="hint">{t('.txt, .html or .md')}</span>
              <input
                ref={fileInput}
                type="file"
                accept={ARTICLE_FILE_ACCEPT}
                className="visually-hidden"
                aria-label={t('Article file')}
                tabIndex={-1}
                onChange={(e) => {
                  const chosen = e.target.files?.[0];
                  if (chosen) void openFile(chosen);
                  e.target.value = '';
                }}
              />
            </div>
          </div>
        )}
        {stats && (
          <p className="hint" aria-live="polite">
            {t('{{count}} paragraphs', { count: stats.blocks })},{' '}
            {t('{{characters}} characters', {
              count: stats.characters,
              characters: formatNumber(stats.characters),
            })}
            {pasted ? ` · ${t('formatting kept from the pasted page')}` : ''}
          </p>
        )}
        <ArticleMetaFields
          meta={meta}
          onChange={(next) => {
            if (next.title !== meta.title) setTitleTouched(true);
            setMeta(next);
          }}
        />
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
            {t('Cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {t('Add article')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
