import { articleSearchText } from './claim-filter';

/**
 * An article's search words: the distinct words of its folded title, publisher and text, one
 * space between two. A query word never holds a space, so it is found in these words exactly
 * when it is found in the folded text (`articleTextMatches` gives the same answer on both),
 * and the words of a long article take a fraction of its text's room.
 */
export function articleSearchWords(article: {
  title: string;
  publisher: string;
  text: string;
}): string {
  const words = new Set(articleSearchText(article).split(/\s+/u));
  words.delete('');
  return [...words].join(' ');
}
