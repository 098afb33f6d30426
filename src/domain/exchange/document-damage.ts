import { articleDocumentProblems } from '../text/document-check';
import type { Article } from '../types';
import { formatPath } from './import-problems';

/** How a problem names an article: its title, or its id when it has none (quoted). */
export function articleName({ title, id }: { title: unknown; id: unknown }): string {
  return JSON.stringify(typeof title === 'string' && title.trim() !== '' ? title.trim() : id);
}

/**
 * Why the editor cannot show an article's document as the article's text (`doc.content[2]:
 * unknown node type "image"`), or null when it can: what the reader checks before opening it and
 * what the schema v5 upgrade repairs. Free of zod, so that neither loads it.
 */
export function documentDamage(
  article: Pick<Article, 'id' | 'title' | 'doc' | 'text'>,
): string | null {
  const [problem] = articleDocumentProblems(article.doc, article.text, articleName(article));
  return problem ? `${formatPath(['doc', ...problem.path])}: ${problem.message}` : null;
}
