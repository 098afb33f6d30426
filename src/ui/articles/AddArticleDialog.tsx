// The article dialogs (src/ui/articles), a part: adding an article from text, HTML or a file, and
// editing its details.
import { useEffect, useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import {
  articleMetaProblems,
  cleanArticleMeta,
  emptyArticleMeta,
} from '../../domain/claims/article-meta';
import type { ArticleMeta } from '../../domain/types';
import { createArticle } from '../../db/articles';
import { usesPastedHtml } from '../../editor/article-input';
import { ArticleMetaFields } from './ArticleMetaFields';
import { formatDay, formatNumber } from '../shared/format';
import { Modal } from '../shared/Modal';
import { ARTICLE_FILE_ACCEPT, readArticleFile } from './read-article-file';
import { errorMessage, problemMessage, writeErrorMessage } from '../shared/problem-messages';
import { runWrite } from '../shared/run-write';
import { FormFooter } from '../shared/FormFooter';
import {
  newSource,
  readDraft,
  toggleChromeRemoval,
  type ArticleDraft,
  type DraftSource,
  type MetaProposal,
  type ProposalSource,
} from './article-draft';
import { ChromeLinesPanel } from './ChromeLinesPanel';
import { PageExtractionPanel } from './PageExtractionPanel';
import './articles.css';

interface Props {
  initialFile?: File;
  onClose: () => void;
  onCreated: (articleId: string) => void;
}

type Field = keyof ArticleMeta;
const PROPOSED: Field[] = ['title', 'sourceUrl', 'publisher', 'author', 'publishedAt', 'language'];

/** The tooltip saying where a prefilled value comes from. */
function sourceLabel(t: TFunction, source: ProposalSource): string {
  if ('page' in source) return t('From {{source}}', { source: source.page });
  switch (source.rule) {
    case 'repeated':
      return t('Proposed: the line the page repeats as its headline');
    case 'after-chrome':
      return t('Proposed: the first headline after the site’s menus and forms');
    case 'first-line':
      return t('Proposed: the first line of the text');
    case 'first-heading':
      return t('Proposed: the first heading of the page');
    case 'language-guess':
      return t('Guessed from the text');
  }
}

/** The form's metadata with the proposal in every field the user has not filled in. */
function withProposal(meta: ArticleMeta, proposal: MetaProposal, touched: Set<Field>): ArticleMeta {
  const next = { ...meta };
  for (const field of PROPOSED) {
    if (touched.has(field) && meta[field] !== '') continue;
    if (field === 'language') next.language = proposal.values.language ?? meta.language;
    else next[field] = proposal.values[field] ?? '';
  }
  return next;
}

/** Adds an article from pasted text or HTML, or from a .txt/.html/.md file. */
export function AddArticleDialog({ initialFile, onClose, onCreated }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ArticleDraft | null>(null);
  const [meta, setMeta] = useState<ArticleMeta>(emptyArticleMeta);
  const [touched, setTouched] = useState<Set<Field>>(() => new Set());
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const loadedInitial = useRef(false);

  const change = (source: DraftSource | null) => {
    const next = source && source.raw.trim() !== '' ? readDraft(source) : null;
    setDraft(next);
    if (next) setMeta((m) => withProposal(m, next.proposal, touched));
    setProblems([]);
  };
  const source = draft?.source ?? null;
  const fileName = source?.fileName ?? null;

  const openFile = async (chosen: File) => {
    try {
      const read = await readArticleFile(chosen);
      change(newSource(read.kind, read.content, chosen.name));
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

  const stats = draft
    ? { blocks: draft.text.split('\n\n').length, characters: [...draft.text].length }
    : null;
  const sources: Partial<Record<Field, string>> = {};
  for (const field of PROPOSED) {
    const from = draft?.proposal.sources[field];
    if (from && !touched.has(field) && meta[field] === draft?.proposal.values[field]) {
      sources[field] = sourceLabel(t, from);
    }
  }
  const modified = draft?.proposal.modifiedAt;
  const dateNote = modified
    ? t('Last changed on {{date}} (from {{source}})', {
        date: formatDay(modified.value),
        source: modified.source,
      })
    : undefined;

  const submit = async () => {
    const cleaned = cleanArticleMeta(meta);
    const found = articleMetaProblems(cleaned).map(problemMessage);
    if (!draft || !stats || stats.characters === 0)
      found.unshift(t('Paste the article text or open a file.'));
    setProblems(found);
    if (found.length > 0 || !draft) return;
    setSaving(true);
    const doc = draft.input.doc;
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
        {fileName ? (
          <div className="file-chip">
            <span>
              <Trans
                t={t}
                i18nKey="From file <strong>{{name}}</strong>"
                values={{ name: fileName }}
                components={{ strong: <strong /> }}
              />
            </span>
            <button type="button" className="link-button" onClick={() => change(null)}>
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
              value={!draft ? '' : draft.source.kind === 'text' ? draft.source.raw : draft.text}
              placeholder={t('Paste the article here (text or a selection from a web page)…')}
              onPaste={(e) => {
                const html = e.clipboardData.getData('text/html');
                const plain = e.clipboardData.getData('text/plain');
                if (!html) return;
                e.preventDefault();
                change(
                  usesPastedHtml(html, plain) ? newSource('html', html) : newSource('text', plain),
                );
              }}
              onChange={(e) => change(newSource('text', e.target.value))}
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
            {source?.kind === 'html' && !fileName
              ? ` · ${t('formatting kept from the pasted page')}`
              : ''}
          </p>
        )}
        {draft && (
          <PageExtractionPanel
            draft={draft}
            onKeepWholePage={(keep) => change({ ...draft.source, keepWholePage: keep })}
          />
        )}
        {draft && (
          <ChromeLinesPanel draft={draft} onToggle={() => change(toggleChromeRemoval(draft))} />
        )}
        <ArticleMetaFields
          meta={meta}
          sources={sources}
          dateNote={dateNote}
          onChange={(next) => {
            const edited = PROPOSED.filter((field) => next[field] !== meta[field]);
            setTouched((known) => new Set([...known, ...edited]));
            setMeta(next);
          }}
        />
        <FormFooter
          problems={problems}
          submitLabel={t('Add article')}
          onCancel={onClose}
          busy={saving}
        />
      </form>
    </Modal>
  );
}
