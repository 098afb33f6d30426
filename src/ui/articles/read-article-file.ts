import { detectKind, type ArticleSourceKind } from '../../editor/article-input';
import { i18n } from '../i18n/i18n';

/** The largest article file opened, so that a wrong file cannot freeze the page. */
export const MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024;

const ACCEPTED = /\.(txt|text|html?|md|markdown)$/i;

/** The `accept` attribute of article file pickers. */
export const ARTICLE_FILE_ACCEPT =
  '.txt,.text,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown';

// A page saved by a browser keeps the encoding it was served in: UTF-8 mostly, but older French
// sites still serve ISO-8859-1 or windows-1252, which their <meta charset> names.
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/iu;

/** A file's text: UTF-8 when it is valid UTF-8, else the charset its HTML declares, else windows-1252. */
function decodeArticle(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
    const declared = DECLARED_CHARSET.exec(head)?.[1];
    try {
      if (declared) return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: the Web's default for legacy pages below.
    }
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

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
  const content = decodeArticle(new Uint8Array(await file.arrayBuffer()));
  if (content.includes('\u0000')) {
    throw new Error(i18n.t('“{{name}}” holds binary data, not text.', { name: file.name }));
  }
  if (content.trim() === '') throw new Error(i18n.t('“{{name}}” is empty.', { name: file.name }));
  return { kind: detectKind(file.name, file.type, content), content };
}
