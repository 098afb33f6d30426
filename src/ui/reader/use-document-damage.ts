import { useState } from 'react';
import { documentDamage } from '../../domain/exchange/document-damage';
import type { Article } from '../../domain/types';

/**
 * Why the editor cannot show an article's document (null when it can), checked again when the
 * text changes, or whatever changes while it is damaged. Not on every read of the article: a
 * claim write re-reads it, the check walks the whole document, and the editor only takes a new
 * document when the text changes (src/ui/article-view/ArticleEditor.tsx).
 */
export function useDocumentDamage(article: Article): string | null {
  const [checked, setChecked] = useState(() => ({ article, damage: documentDamage(article) }));
  const stale =
    checked.article !== article &&
    (checked.damage !== null || checked.article.text !== article.text);
  if (!stale) return checked.damage;
  const next = { article, damage: documentDamage(article) };
  setChecked(next);
  return next.damage;
}
