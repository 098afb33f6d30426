import { useEffect, useState } from 'react';
import { searchArticleIds } from '../../db/library-index';

/**
 * The ids of the articles matching a library search; null when the query is blank (no search),
 * undefined while the first answer loads. The search runs again whenever `revision` changes
 * (the library's live article ids, which follow every write to an article); while an answer
 * is on its way the previous one stays, and an answer to an older query is dropped.
 */
export function useArticleSearch(query: string, revision: unknown): Set<string> | null | undefined {
  const words = query.trim();
  const [answer, setAnswer] = useState<Set<string>>();
  useEffect(() => {
    if (!words) return;
    let current = true;
    searchArticleIds(words).then(
      (ids) => current && setAnswer(ids),
      // A search that cannot run shows the whole library rather than a false "no match".
      () => current && setAnswer(undefined),
    );
    return () => {
      current = false;
    };
  }, [words, revision]);
  if (!words) return null;
  return answer;
}
