import type { ArticleLanguage } from '../types';

/** The article language of a BCP 47 tag or locale (fr-FR, en_GB), or null when there is none. */
export function articleLanguage(code: string): ArticleLanguage | null {
  const primary = code.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  if (primary === '') return null;
  return primary === 'fr' ? 'fr' : primary === 'en' ? 'en' : 'other';
}
