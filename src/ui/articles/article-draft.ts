import { guessLanguage } from '../../domain/claims/article-meta';
import type { ChromeLine } from '../../domain/articles/chrome-kind';
import { findChromeLines } from '../../domain/articles/find-chrome-lines';
import { proposeHeadline, type HeadlineReason } from '../../domain/articles/propose-headline';
import { removeChromeLines } from '../../domain/articles/remove-chrome-lines';
import { canonicalText } from '../../domain/text/canonical-text';
import type { ArticleMeta } from '../../domain/types';
import {
  cutTitle,
  htmlToDoc,
  proposeTitle,
  readArticleInput,
  type ArticleInput,
  type ArticleSourceKind,
} from '../../editor/article-input';
import { extractArticle, type PageExtraction } from '../../editor/extract-article';
import type { MetaValue } from '../../editor/page-meta';

/** What the add dialog was given: a text, Markdown or HTML, pasted or from a file, and the user's choices on it. */
export interface DraftSource {
  kind: ArticleSourceKind;
  raw: string;
  /** The file's name, or null when pasted. */
  fileName: string | null;
  /** The chrome lines removed, and the text before, so that one click puts them back. */
  removal: { before: string; lines: string[] } | null;
  /** Whether a web page is kept whole rather than its extracted article. */
  keepWholePage: boolean;
}

/** Where a proposed metadata value comes from: a place in the page, or a rule. */
export type ProposalSource =
  { page: string } | { rule: HeadlineReason | 'first-heading' | 'language-guess' };

/** The metadata proposed for a draft, field by field, with where each value comes from. */
export interface MetaProposal {
  values: Partial<ArticleMeta>;
  sources: Partial<Record<keyof ArticleMeta, ProposalSource>>;
  modifiedAt: MetaValue | null;
}

/** A draft as the dialog shows it: the article, the chrome lines found, the page read, and the metadata proposed. */
export interface ArticleDraft {
  source: DraftSource;
  input: ArticleInput;
  /** Canonical text of the article, as it will be stored. */
  text: string;
  chrome: ChromeLine[];
  extraction: PageExtraction | null;
  proposal: MetaProposal;
}

// Reading a page runs the extractor and the sanitiser on the whole page twice: it is done once
// per page, and toggling "keep the whole page" or re-rendering reads the result again.
let lastPage: { html: string; extraction: PageExtraction } | null = null;
function extractionOf(html: string): PageExtraction {
  if (lastPage?.html !== html) lastPage = { html, extraction: extractArticle(html) };
  return lastPage.extraction;
}

/** A new draft source: a text, Markdown or HTML, pasted (fileName null) or from a file. */
export function newSource(
  kind: ArticleSourceKind,
  raw: string,
  fileName: string | null = null,
): DraftSource {
  return { kind, raw, fileName, removal: null, keepWholePage: false };
}

/** The draft with its chrome lines removed, or put back when they already were. */
export function toggleChromeRemoval(draft: ArticleDraft): DraftSource {
  const { source, chrome } = draft;
  if (source.removal) return { ...source, raw: source.removal.before, removal: null };
  const lines = source.raw.replace(/\r\n?/gu, '\n').split('\n');
  const removed = chrome.map((mark) => lines[mark.line]!.trim());
  const raw = removeChromeLines(source.raw, chrome);
  return { ...source, raw, removal: { before: source.raw, lines: removed } };
}

function pageDraft(source: DraftSource): ArticleDraft {
  const extraction = extractionOf(source.raw);
  const doc = htmlToDoc(source.keepWholePage ? extraction.pageHtml : extraction.articleHtml);
  const { meta } = extraction;
  const values: Partial<ArticleMeta> = {};
  const sources: MetaProposal['sources'] = {};
  for (const field of ['title', 'sourceUrl', 'publisher', 'author', 'publishedAt'] as const) {
    const found = meta[field];
    if (found) {
      values[field] = field === 'title' ? cutTitle(found.value) : found.value;
      sources[field] = { page: found.source };
    }
  }
  if (!values.title) {
    values.title = proposeTitle(doc);
    sources.title = { rule: 'first-heading' };
  }
  const language = meta.language;
  if (language?.value === 'fr' || language?.value === 'en' || language?.value === 'other') {
    values.language = language.value;
    sources.language =
      language.source === 'text' ? { rule: 'language-guess' } : { page: language.source };
  }
  const input = { doc, proposedTitle: values.title };
  const text = canonicalText(doc);
  const proposal = { values, sources, modifiedAt: meta.modifiedAt ?? null };
  return { source, input, text, chrome: [], extraction, proposal };
}

/** Reads a draft source into what the dialog shows and stores. */
export function readDraft(source: DraftSource): ArticleDraft {
  if (source.kind === 'html') return pageDraft(source);
  const chrome = findChromeLines(source.raw);
  const headline = proposeHeadline(source.raw, chrome);
  const input = readArticleInput(source.kind, source.raw);
  const text = canonicalText(input.doc);
  const title = headline ? cutTitle(headline.title) : input.proposedTitle;
  const proposal: MetaProposal = {
    values: { title, language: guessLanguage(text) },
    sources: {
      title: { rule: headline?.reason ?? 'first-line' },
      language: { rule: 'language-guess' },
    },
    modifiedAt: null,
  };
  return {
    source,
    input: { ...input, proposedTitle: title },
    text,
    chrome,
    extraction: null,
    proposal,
  };
}
