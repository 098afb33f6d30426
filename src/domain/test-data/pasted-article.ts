/*
 * The pasted-article corpus: articles written for these tests (never fetched), each as a
 * browser copies a whole page, site chrome included. In `pasted`, a line that starts with "✂ "
 * is chrome, and a "⟦…⟧" at the start of a line is chrome glued to the words after it; `title`
 * is the headline a person picks. The chrome heuristics must find exactly these.
 */

/** One article of the corpus, with its chrome marked by hand. */
export interface PastedArticle {
  name: string;
  language: 'fr' | 'en';
  title: string;
  /** The page's text with the chrome marked ("✂ " lines, "⟦…⟧" glued parts). */
  pasted: string;
}

/** The text as pasted: the marks taken out. */
export function pastedText(article: PastedArticle): string {
  return article.pasted
    .split('\n')
    .map((line) => line.replace(/^✂ /u, '').replace(/^⟦(.*?)⟧/u, '$1'))
    .join('\n');
}

/** The indices of the lines marked as chrome, whole or glued. */
export function chromeLineIndices(article: PastedArticle): number[] {
  return article.pasted
    .split('\n')
    .flatMap((line, index) => (/^(?:✂ |⟦)/u.test(line) ? [index] : []));
}

/** The lines that stay once the chrome is gone, blank lines skipped. */
export function keptLines(article: PastedArticle): string[] {
  return article.pasted
    .split('\n')
    .filter((line) => !line.startsWith('✂ '))
    .map((line) => line.replace(/^⟦.*?⟧/u, '').trim())
    .filter((line) => line !== '');
}
