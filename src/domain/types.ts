/** A claim's verdict: `unverified` until a fact-checker decides. */
export type Verdict = 'confirmed' | 'disputed' | 'unverified';

/** Every verdict, in the order the UI offers them. */
export const VERDICTS: readonly Verdict[] = ['confirmed', 'disputed', 'unverified'];

/** The language an article is written in. */
export type ArticleLanguage = 'fr' | 'en' | 'other';

/**
 * Where a claim sits in its article: a W3C TextQuoteSelector (`exact`, `prefix`, `suffix`)
 * plus a TextPositionSelector (`start`, `end`, in Unicode code points over canonical text).
 */
export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * How a claim's anchor was found in the current text: at its offsets (`exact`), the same words
 * elsewhere (`moved`), fuzzy (`approximate`), or not at all (`orphaned`).
 */
export type AnchorStatus = 'exact' | 'moved' | 'approximate' | 'orphaned';

/** A highlighted span of an article with its verdict and rationale. */
export interface Claim {
  id: string;
  articleId: string;
  anchor: Anchor;
  verdict: Verdict;
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** Metadata a fact-checker can edit on an article. */
export interface ArticleMeta {
  title: string;
  sourceUrl: string;
  publisher: string;
  author: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  publishedAt: string;
  language: ArticleLanguage;
}

/** A tiptap/ProseMirror document as JSON. */
export interface DocumentJson {
  type: string;
  content?: DocumentJson[];
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** A text under review: its metadata, its document and the canonical text derived from it. */
export interface Article extends ArticleMeta {
  id: string;
  doc: DocumentJson;
  /** Plain text, NFC, blocks joined by "\n\n" (DESIGN.md, "Canonical text"). */
  text: string;
  createdAt: string;
  updatedAt: string;
}
