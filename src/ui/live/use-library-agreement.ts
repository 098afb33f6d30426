import { useEffect, useState } from 'react';
import { libraryAgreement, onAgreementChanged } from '../../db/library-index';
import { whenIdle } from '../shared/when-idle';
import type { ReviewerPairAgreement } from '../../domain/claims/claim-agreement';

/**
 * The library's agreement per reviewer pair, computed in the library index worker so that a
 * large library never holds the page; computed again whenever `revision` changes (the library's
 * live article ids) and whenever the worker says claims were written (a sync settlement leaves
 * the ids as they are). Undefined until first known; a failure shows no figures.
 */
export function useLibraryAgreement(revision: unknown): ReviewerPairAgreement[] | undefined {
  const [figures, setFigures] = useState<ReviewerPairAgreement[]>();
  const [written, setWritten] = useState(0);
  useEffect(() => onAgreementChanged(() => setWritten((n) => n + 1)), []);
  useEffect(() => {
    let current = true;
    // The figures wait for the first screen's paint (and gather a burst of writes into one ask).
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
  }, [revision, written]);
  return figures;
}
