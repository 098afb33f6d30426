import { useEffect, useState } from 'react';
import { libraryAgreement } from '../../db/library-index';
import { whenIdle } from '../shared/when-idle';
import type { ReviewerPairAgreement } from '../../domain/claims/claim-agreement';

/**
 * The library's agreement per reviewer pair, computed in the library index worker so that a large
 * library never holds the page; computed again whenever `revision` changes (the library's live article ids,
 * which follow every claim write). Undefined until first known; a failure shows no figures.
 */
export function useLibraryAgreement(revision: unknown): ReviewerPairAgreement[] | undefined {
  const [figures, setFigures] = useState<ReviewerPairAgreement[]>();
  useEffect(() => {
    let current = true;
    // The figures wait for the first screen's paint: the rows come first.
    const cancel = whenIdle(() => {
      libraryAgreement().then(
        (computed) => current && setFigures(computed),
        () => current && setFigures([]),
      );
    }, 2000);
    return () => {
      current = false;
      cancel();
    };
  }, [revision]);
  return figures;
}
