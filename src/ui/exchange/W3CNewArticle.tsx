import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locateAnchors } from '../../domain/anchoring/anchor';
import { isWebUrl } from '../../domain/claims/article-meta';
import type { W3CImported } from '../../domain/exchange/w3c-read-annotation';
import { canonicalText } from '../../domain/text/canonical-text';
import type { Article, ArticleLanguage } from '../../domain/types';
import { detectKind, readArticleInput, type ArticleSourceKind } from '../../editor/article-input';
import { msg } from '../i18n/i18n';

interface Props {
  /** The annotations' target source (a web address becomes the article's source URL). */
  source: string;
  annotations: W3CImported[];
  /** The article as it stands (null until it has a title and a text). */
  onChange: (article: Article | null) => void;
}

const LANGUAGES: { value: ArticleLanguage; label: string }[] = [
  { value: 'fr', label: msg('French') },
  { value: 'en', label: msg('English') },
  { value: 'other', label: msg('Other') },
];

/** The largest text file opened here, so that a wrong file cannot freeze the page. */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * A new article for W3C annotations whose target matches no article here: the reviewer pastes
 * or opens its text, and sees how many of the annotations' quotes are found in it before the
 * import. The article is written with the import, in the same transaction.
 */
export function W3CNewArticle({ source, annotations, onChange }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<ArticleLanguage>('fr');
  const [content, setContent] = useState<{ kind: ArticleSourceKind; text: string }>({
    kind: 'text',
    text: '',
  });
  const [fileProblem, setFileProblem] = useState('');
  // Made once per import dialog, so that the article keeps its id while it is edited.
  const [articleId] = useState(() => crypto.randomUUID());
  const [createdAt] = useState(() => new Date().toISOString());

  const read = useMemo(() => {
    if (content.text.trim() === '') return null;
    const { doc, proposedTitle } = readArticleInput(content.kind, content.text);
    return { doc, text: canonicalText(doc), proposedTitle };
  }, [content]);
  const found = useMemo(() => {
    if (!read) return 0;
    const anchors = annotations.map(({ quote, position }) => ({
      ...quote,
      start: position?.start ?? 0,
      end: position?.end ?? 0,
    }));
    return locateAnchors(read.text, anchors).filter((match) => match.status !== 'orphaned').length;
  }, [read, annotations]);

  const update = (next: {
    title?: string;
    language?: ArticleLanguage;
    content?: typeof content;
  }) => {
    const nextTitle = next.title ?? title;
    const nextContent = next.content ?? content;
    if (next.title !== undefined) setTitle(next.title);
    if (next.language !== undefined) setLanguage(next.language);
    if (next.content !== undefined) setContent(next.content);
    if (nextContent.text.trim() === '') return onChange(null);
    const { doc, proposedTitle } = readArticleInput(nextContent.kind, nextContent.text);
    onChange({
      id: articleId,
      title: nextTitle.trim() || proposedTitle || source,
      sourceUrl: isWebUrl(source) ? source : '',
      publisher: '',
      author: '',
      publishedAt: '',
      language: next.language ?? language,
      doc,
      text: canonicalText(doc),
      textHistory: [],
      createdAt,
      updatedAt: createdAt,
    });
  };

  const open = async (file: File | undefined) => {
    setFileProblem('');
    if (!file) return;
    if (file.size > MAX_BYTES) return setFileProblem(t('This file is too large to be an article.'));
    const text = await file.text();
    update({ content: { kind: detectKind(file.name, file.type, text), text } });
  };

  return (
    <fieldset className="w3c-new-article">
      <legend>{t('The article these annotations are on')}</legend>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('Article text')}</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={content.kind === 'text' ? content.text : ''}
          placeholder={content.kind === 'text' ? '' : t('Read from the file.')}
          onChange={(e) => update({ content: { kind: 'text', text: e.target.value } })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('Or open the article’s file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".txt,.text,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown"
          onChange={(e) => void open(e.target.files?.[0])}
        />
        {fileProblem && <p role="alert">{fileProblem}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('Title')}</label>
        <input
          id={`${id}-title`}
          value={title}
          placeholder={read?.proposedTitle ?? ''}
          onChange={(e) => update({ title: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('Language')}</label>
        <select
          id={`${id}-language`}
          value={language}
          onChange={(e) => update({ language: e.target.value as ArticleLanguage })}
        >
          {LANGUAGES.map((l) => (
            <option key={l.value} value={l.value}>
              {t(l.label)}
            </option>
          ))}
        </select>
      </div>
      {read && (
        <p role="status">
          {t('{{found}} of {{count}} quotes are found in this text.', {
            found,
            count: annotations.length,
          })}
        </p>
      )}
    </fieldset>
  );
}
