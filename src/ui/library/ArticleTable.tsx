import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../db/articles';
import { REVIEW_STATES } from '../../domain/claims/claim-filter';
import { VERDICTS } from '../../domain/types';
import { routeHash } from '../../store/route';
import { useArticleSummaries } from '../live/use-articles';
import { useLocalOnlyIds } from '../live/use-team';
import { formatDateTime, formatDay } from '../shared/format';
import { REVIEW_STATE_COUNTS } from '../shared/review-state-labels';
import { VERDICT_LABELS } from '../shared/verdict-labels';
import { VerdictMixBar } from './VerdictMixBar';

const ROW_ESTIMATE_PX = 96;

interface Props {
  /** The articles to list, in order. */
  ids: readonly string[];
  /** The element that scrolls the library (the table scrolls with the page's head). */
  scrollerRef: RefObject<HTMLElement | null>;
  onOpen(articleId: string): void;
  onEdit(summary: ArticleSummary): void;
  onDelete(summary: ArticleSummary): void;
}

/**
 * The library's articles as a table whose rows exist only in and near the view: a library of
 * thousands reads and counts only the articles on screen (docs/DECISIONS.md, "Library scale").
 */
export function ArticleTable({ ids, scrollerRef, onOpen, onEdit, onDelete }: Props) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [margin, setMargin] = useState(0);
  const { t } = useTranslation();
  // TanStack Virtual returns a mutable instance, which the React Compiler cannot memoize.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: (index) => ids[index] ?? index,
    overscan: 4,
    scrollMargin: margin,
  });
  useLayoutEffect(() => {
    // The table starts below the library's head, inside the same scroller.
    const body = bodyRef.current;
    const scroller = scrollerRef.current;
    if (!body || !scroller) return;
    const top =
      body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    setMargin((old) => (Math.abs(old - top) < 1 ? old : top));
    // The head changes height when a search shows its count line, which changes the ids.
  }, [scrollerRef, ids]);
  const items = virtualizer.getVirtualItems();
  const shownIds = items.map((item) => ids[item.index]!);
  const summaries = useArticleSummaries(shownIds);
  const localOnly = useLocalOnlyIds();
  const byId = new Map(summaries?.map((summary) => [summary.article.id, summary]));
  const before = items.length > 0 ? items[0]!.start - margin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)!.end - margin) : 0;
  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} aria-hidden="true" className="spacer-row">
        <td colSpan={6} style={{ height }} />
      </tr>
    );

  return (
    <table className="article-table" aria-rowcount={ids.length + 1}>
      <caption className="visually-hidden">{t('Articles')}</caption>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">{t('Title')}</th>
          <th scope="col">{t('Publisher')}</th>
          <th scope="col">{t('Published')}</th>
          <th scope="col">{t('Claims')}</th>
          <th scope="col">{t('Last change')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('Actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {spacer(before, 'before')}
        {items.map((item) => {
          const summary = byId.get(ids[item.index]!);
          const rowProps = {
            ref: virtualizer.measureElement,
            'data-index': item.index,
            'aria-rowindex': item.index + 2,
          };
          if (!summary) {
            return (
              <tr key={item.key} {...rowProps} aria-busy="true" className="article-row-loading">
                <td colSpan={6}>{t('Loading…')}</td>
              </tr>
            );
          }
          const { article, counts, states } = summary;
          return (
            <tr key={item.key} {...rowProps}>
              <th scope="row">
                <a
                  href={routeHash({ name: 'article', articleId: article.id })}
                  onClick={(e) => (e.preventDefault(), onOpen(article.id))}
                >
                  {article.title}
                </a>
                {localOnly.has(article.id) && (
                  <span className="local-only-mark" title={t('Kept in this browser only')}>
                    {' '}
                    {t('Not shared with the team')}
                  </span>
                )}
              </th>
              <td>{article.publisher}</td>
              {/* Each cell's label shows with it where the table is shown as cards. */}
              <td data-label={article.publishedAt ? t('Published') : undefined}>
                {formatDay(article.publishedAt)}
              </td>
              <td>
                <ul className="count-chips" aria-label={t('Claims per verdict')}>
                  {VERDICTS.map((verdict) => (
                    <li
                      key={verdict}
                      className={`count-chip verdict-${verdict}${counts[verdict] ? '' : ' is-zero'}`}
                      title={t(VERDICT_LABELS[verdict].label)}
                    >
                      <span aria-hidden="true">{VERDICT_LABELS[verdict].symbol}</span>{' '}
                      {counts[verdict]}
                      <span className="visually-hidden"> {t(VERDICT_LABELS[verdict].label)}</span>
                    </li>
                  ))}
                </ul>
                <VerdictMixBar counts={counts} />
                <p className="state-line">
                  {REVIEW_STATES.map((state) =>
                    t(REVIEW_STATE_COUNTS[state], { count: states[state] }),
                  ).join(' · ')}
                </p>
              </td>
              <td data-label={t('Last change')}>{formatDateTime(article.updatedAt)}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('Edit details of {{title}}', { title: article.title })}
                  onClick={() => onEdit(summary)}
                >
                  {t('Edit')}
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={t('Delete {{title}}', { title: article.title })}
                  onClick={() => onDelete(summary)}
                >
                  {t('Delete')}
                </button>
              </td>
            </tr>
          );
        })}
        {spacer(after, 'after')}
      </tbody>
    </table>
  );
}
