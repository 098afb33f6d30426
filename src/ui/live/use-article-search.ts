import { useEffect, useState } from 'react';
import { searchArticleIds } from '../../db/library-index';

/** The articles a library search found, and whether they answer the query as it is now. */
export interface ArticleSearch {
  ids: Set<string>;
  /** False while the answer to the latest query is on its way (these are an earlier one's). */
  settled: boolean;
}

/**
 * The articles matching a library search; null when the query is blank (no search), undefined
 * until a first answer arrives. The search runs again whenever `revision` changes (the library's
 * live article ids, which follow every write to an article); while an answer is on its way the
 * previous one stays, marked unsettled, so that the list does not jump at each keystroke.
 */
export function useArticleSearch(
  query: string,
  revision: unknown,
): ArticleSearch | null | undefined {
  const words = query.trim();
  const [answer, setAnswer] = useState<{ words: string; ids: Set<string> }>();
  useEffect(() => {
    if (!words) return;
    let current = true;
    searchArticleIds(words).then(
      (ids) => current && setAnswer({ words, ids }),
      // A search that cannot run shows the whole library rather than a false "no match".
      () => current && setAnswer(undefined),
    );
    return () => {
      current = false;
    };
  }, [words, revision]);
  if (!words) return null;
  return answer && { ids: answer.ids, settled: answer.words === words };
}
