import { canonicalText } from '../text/canonical-text';
import { isDocumentShape } from '../text/document-check';
import { documentFromText } from '../text/document-from-text';
import type { Article, ArticleTextVersion, DocumentJson } from '../types';

/** The empty document a history keeps for a value that was not even a document. */
const NO_DOCUMENT: DocumentJson = { type: 'doc' };

/** A document as a text history keeps it: as it was, or empty when it has no document's shape. */
export function historyDocument(doc: unknown): DocumentJson {
  return isDocumentShape(doc) ? (doc as DocumentJson) : NO_DOCUMENT;
}

/**
 * An article's document rebuilt from its text (paragraphs split on blank lines), for a document
 * the editor cannot open or that does not yield the text. The document replaced goes to the text
 * history as it was (a value without a document's shape, as an empty document), so nothing the
 * article held is lost.
 */
export function repairedDocument(
  article: Pick<Article, 'doc' | 'text' | 'textHistory'>,
  now: string,
): Pick<Article, 'doc' | 'text' | 'textHistory'> {
  const doc = documentFromText(article.text);
  const previous: ArticleTextVersion = {
    doc: historyDocument(article.doc),
    text: article.text,
    replacedAt: now,
  };
  return { doc, text: canonicalText(doc), textHistory: [previous, ...article.textHistory] };
}
