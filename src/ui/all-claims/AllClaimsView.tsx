// The all-claims screen (src/ui/all-claims): every claim of the library, filtered, each leading to
// its place in its article.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useClaimFilterStore } from '../../store/claim-filter-store';
import { useUiStore } from '../../store/ui-store';
import { ClaimFilterBar } from '../shared/ClaimFilterBar';
import { formatNumber } from '../shared/format';
import { ClaimRow } from './ClaimRow';
import { NARROW, useMediaQuery } from '../shared/use-media-query';
import { useClaimTags } from '../live/use-all-claims';
import { useClaimsIndex, type ClaimsInView } from '../live/use-claims-index';
import './all-claims.css';

const ROW_ESTIMATE_PX = 78;

/** Every claim of the library in one list that a fact-checker filters, sorts and opens. */
export function AllClaimsView() {
  const tags = useClaimTags();
  // The filter goes to the worker in the keystroke's own render: the answer comes back
  // asynchronously anyway, and deferring the question cost a render and a frame.
  const filter = useClaimFilterStore((s) => s.filter);
  const sort = useClaimFilterStore((s) => s.sort);
  const clearFilter = useClaimFilterStore((s) => s.clearFilter);
  const filterState = useClaimFilterStore();
  const navigate = useUiStore((s) => s.navigate);
  const { t } = useTranslation();
  // A phone folds the filters other than words and verdicts away, to leave room for the list.
  const narrow = useMediaQuery(NARROW);

  // Filtering (disagreements too), sorting and counting 100,000 claims happen in the claims
  // index worker.
  const view = useClaimsIndex(filter, sort);
  const result = view.result;
  // While the claims are first read, the list shows its first rows; the counts come after.
  const reading = result?.reading;
  const facets = result && !reading ? result.facets : undefined;

  return (
    <main className="all-claims">
      <div className="all-claims-head">
        <h1>{t('All claims')}</h1>
        <p className="hint" role="status" data-reading={reading ? '' : undefined}>
          {result === undefined
            ? t('Loading claims…')
            : reading
              ? t('Reading claims… {{read}} of {{total}}', {
                  read: formatNumber(reading.read),
                  total: formatNumber(reading.total),
                })
              : t('{{shown}} of {{count}} claims', { shown: result.shown, count: result.total })}
        </p>
      </div>
      <ClaimFilterBar
        compact={narrow}
        tags={tags}
        facets={facets}
        filter={filterState.filter}
        sort={filterState.sort}
        onFilter={filterState.setFilter}
        onClear={filterState.clearFilter}
        onSort={filterState.setSort}
        disagreements={reading ? undefined : (result?.disagreements ?? 0)}
      />
      {result?.total === 0 && (
        <div className="empty-library">
          <h2>{t('No claims yet')}</h2>
          <p>
            <Trans
              t={t}
              i18nKey="Claims from every article gather here. Open an article, select the words of a claim, then press <kbd>C</kbd> (confirmed), <kbd>D</kbd> (disputed) or <kbd>U</kbd> (unverified)."
              components={{ kbd: <kbd /> }}
            />
          </p>
          <button
            type="button"
            className="button primary"
            onClick={() => navigate({ name: 'library' })}
          >
            {t('Go to the library')}
          </button>
        </div>
      )}
      {result && result.total > 0 && result.shown === 0 && (
        <div className="empty-library">
          <h2>{t('No claim matches these filters')}</h2>
          <p>
            {t(
              'Your claims are all still here. Try fewer words, check the spelling of a name, or choose another verdict, state or tag.',
            )}
          </p>
          <button type="button" className="button" onClick={clearFilter}>
            {t('Clear filters')}
          </button>
        </div>
      )}
      {result && result.shown > 0 && <ClaimList view={view} count={result.shown} />}
    </main>
  );
}

/**
 * The claims as a virtualised list: only the rows in view (and a few more) are in the page, and
 * only those come from the claims index.
 */
function ClaimList({ view, count }: { view: ClaimsInView; count: number }) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const offset = useRef(useClaimFilterStore.getState().scrollOffset);
  const { t } = useTranslation();
  // TanStack Virtual returns a mutable instance, which the React Compiler cannot memoize.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: (index) => view.rowAt(index)?.claim.id ?? index,
    overscan: 6,
    initialOffset: offset.current,
  });

  useEffect(() => {
    // A new filter or order starts at the top of the list.
    const unsubscribe = useClaimFilterStore.subscribe((state, previous) => {
      if (state.filter !== previous.filter || state.sort !== previous.sort) {
        scrollerRef.current?.scrollTo({ top: 0 });
      }
    });
    const saved = offset;
    return () => {
      unsubscribe();
      useClaimFilterStore.getState().setScrollOffset(saved.current);
    };
  }, []);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const end = (items.at(-1)?.index ?? -1) + 1;
  const { show } = view;
  useEffect(() => show(first, end), [show, first, end]);

  // Arrow keys move between rows, bringing rows that are not in the page yet into it first.
  const moveFocus = (e: KeyboardEvent<HTMLUListElement>) => {
    const from = Number((e.target as HTMLElement).closest('li')?.dataset.index);
    const last = count - 1;
    const targets: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      Home: 0,
      End: last,
    };
    const to = targets[e.key];
    if (to === undefined || Number.isNaN(from) || to < 0 || to > last) return;
    e.preventDefault();
    virtualizer.scrollToIndex(to, { align: 'auto' });
    const focusRow = () => {
      const link = scrollerRef.current?.querySelector<HTMLElement>(`li[data-index="${to}"] a`);
      link?.focus({ preventScroll: true });
      return Boolean(link);
    };
    // A row already in the page takes focus at once, so that keys pressed quickly all count.
    if (focusRow()) return;
    let frames = 0;
    const retry = () => {
      if (!focusRow() && ++frames < 10) requestAnimationFrame(retry);
    };
    requestAnimationFrame(retry);
  };

  return (
    <div
      className="claim-rows"
      ref={scrollerRef}
      onScroll={(e) => {
        offset.current = e.currentTarget.scrollTop;
      }}
    >
      <ul
        className="claim-rows-list"
        // list-style: none would take the list role away in Safari.
        role="list"
        aria-label={t('Claims')}
        onKeyDown={moveFocus}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = view.rowAt(item.index);
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={count}
              aria-posinset={item.index + 1}
              aria-busy={row ? undefined : true}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row ? <ClaimRow row={row} /> : <div className="claim-row is-loading" />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
