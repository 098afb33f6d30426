import { useEffect, useState } from 'react';
import { libraryAgreement } from '../../db/agreement-figures';
import type { ReviewerPairAgreement } from '../../domain/claims/claim-agreement';

/**
 * The library's agreement per reviewer pair, computed in a worker so that a large library never
 * holds the page; computed again whenever `revision` changes (the library's live article ids,
 * which follow every claim write). Undefined until first known; a failure shows no figures.
 */
export function useLibraryAgreement(revision: unknown): ReviewerPairAgreement[] | undefined {
  const [figures, setFigures] = useState<ReviewerPairAgreement[]>();
  useEffect(() => {
    let current = true;
    libraryAgreement().then(
      (computed) => current && setFigures(computed),
      () => current && setFigures([]),
    );
    return () => {
      current = false;
    };
  }, [revision]);
  return figures;
}
