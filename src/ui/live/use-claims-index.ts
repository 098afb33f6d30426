import { useCallback, useEffect, useRef, useState } from 'react';
import { acquireClaimsIndex, type ClaimsIndex } from '../../db/claims-index';
import type { ClaimsIndexResult } from '../../db/claims-index.protocol';
import type { ClaimInLibrary } from '../../db/claims-query';
import type { ClaimFilter, ClaimSort } from '../../domain/claims/claim-filter';

/** Rows asked for around the ones in view, so that a short scroll finds them already here. */
const MARGIN = 30;
/** The rows a new result brings with it when nothing says which are in view yet. */
const FIRST_ROWS = 60;

/** The library's claims as the All claims screen shows them: counts, and rows by position. */
export interface ClaimsInView {
  /** The filtered result's counts and facets; undefined while the first answer loads. */
  result: ClaimsIndexResult | undefined;
  /** The row at a position of the result, or undefined until it arrives. */
  rowAt(index: number): ClaimInLibrary | undefined;
  /** Says which rows are in view (`from` to `to`, excluded), so that they are brought. */
  show(from: number, to: number): void;
}

interface Answer {
  result: ClaimsIndexResult | undefined;
  rows: Map<number, ClaimInLibrary>;
  generation: number;
}

const withRows = (rows: Map<number, ClaimInLibrary>, from: number, list: ClaimInLibrary[]) => {
  const next = new Map(rows);
  list.forEach((row, i) => next.set(from + i, row));
  return next;
};

/**
 * Every claim of the library filtered and sorted in the claims index worker, live: the page
 * holds only the counts and the rows near the view, whatever the size of the library.
 */
export function useClaimsIndex(filter: ClaimFilter, sort: ClaimSort): ClaimsInView {
  const indexRef = useRef<{ index: ClaimsIndex; release(): void } | null>(null);
  const range = useRef({ from: 0, to: FIRST_ROWS });
  const [changes, setChanges] = useState(0);
  const [answer, setAnswer] = useState<Answer>({
    result: undefined,
    rows: new Map(),
    generation: 0,
  });
  const generation = useRef(0);
  const open = () =>
    (indexRef.current ??= acquireClaimsIndex(() => setChanges((n) => n + 1))).index;

  useEffect(
    () => () => {
      indexRef.current?.release();
      indexRef.current = null;
    },
    [],
  );

  useEffect(() => {
    let current = true;
    const { from, to } = range.current;
    open()
      .query(filter, sort, Math.max(0, from - MARGIN), to + MARGIN)
      .then(
        (answered) => {
          if (!current) return;
          generation.current += 1;
          setAnswer({
            result: answered.result,
            rows: withRows(new Map(), answered.from, answered.rows),
            generation: generation.current,
          });
        },
        // The worker stopped: the screen keeps what it showed.
        () => undefined,
      );
    return () => {
      current = false;
    };
    // A change in the library asks again (`changes`).
  }, [filter, sort, changes]);

  const { rows } = answer;
  const show = useCallback(
    (from: number, to: number) => {
      range.current = { from, to };
      let missing = false;
      for (let i = from; i < to && !missing; i++) missing = !rows.has(i);
      if (!missing) return;
      const asked = generation.current;
      void open()
        .rows(Math.max(0, from - MARGIN), to + MARGIN)
        .then(
          (more) =>
            setAnswer((old) =>
              old.generation === asked
                ? { ...old, rows: withRows(old.rows, more.from, more.rows) }
                : old,
            ),
          () => undefined,
        );
    },
    [rows],
  );
  return { result: answer.result, rowAt: (index) => rows.get(index), show };
}
