import { detectKind, type ArticleSourceKind } from '../../editor/article-input';
import { i18n } from '../i18n/i18n';

/** The largest article file opened, so that a wrong file cannot freeze the page. */
export const MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024;

const ACCEPTED = /\.(txt|text|html?|md|markdown)$/i;

/** The `accept` attribute of article file pickers. */
export const ARTICLE_FILE_ACCEPT =
  '.txt,.text,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown';

/** A file's text and the format it is read in. */
export interface ArticleFile {
  kind: ArticleSourceKind;
  content: string;
}

/**
 * Reads a .txt, .html or .md file (a page saved "complete" is its .html file; its _files folder
 * is not needed), or throws a message for the user (in the UI language).
 */
export async function readArticleFile(file: File): Promise<ArticleFile> {
  if (!ACCEPTED.test(file.name) && !/^text\//.test(file.type)) {
    throw new Error(
      i18n.t('“{{name}}” is not a text, HTML or Markdown file (.txt, .html, .md).', {
        name: file.name,
      }),
    );
  }
  if (file.size > MAX_ARTICLE_FILE_BYTES) {
    throw new Error(
      i18n.t('“{{name}}” is larger than 20 MB; it does not look like an article.', {
        name: file.name,
      }),
    );
  }
  const content = await file.text();
  if (content.includes('\u0000')) {
    throw new Error(i18n.t('“{{name}}” holds binary data, not text.', { name: file.name }));
  }
  if (content.trim() === '') throw new Error(i18n.t('“{{name}}” is empty.', { name: file.name }));
  return { kind: detectKind(file.name, file.type, content), content };
}
