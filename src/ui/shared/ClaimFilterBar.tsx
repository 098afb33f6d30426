import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMPTY_FILTER,
  REVIEW_STATES,
  type ClaimFilter,
  type ClaimSort,
} from '../../domain/claims/claim-filter';
import type { ReviewState, Verdict } from '../../domain/types';
import { VERDICTS } from '../../domain/types';
import { msg } from '../i18n/i18n';
import { REVIEW_STATE_LABELS } from './review-state-labels';
import { VERDICT_LABELS } from './verdict-labels';

interface Props {
  /** Tags in use in the library (undefined while loading). */
  tags: string[] | undefined;
  /** Claims per verdict and per state among those the other filters keep. */
  /** How many claims each toggle would keep; without them (still counting), no count shows. */
  facets?: { verdict: Record<Verdict, number>; state: Record<ReviewState, number> };
  filter: ClaimFilter;
  sort: ClaimSort;
  onFilter: (changes: Partial<ClaimFilter>) => void;
  onClear: () => void;
  onSort: (sort: ClaimSort) => void;
  /** The narrow claims panel: words and verdicts shown, the other filters folded away. */
  compact?: boolean;
  /** What "position" means where the bar is used (already translated). */
  positionLabel?: string;
  /** How many claims are in a disagreement between reviewers (no toggle when undefined). */
  disagreements?: number;
}

const SORT_LABELS: Record<ClaimSort, string> = {
  position: msg('Article, then position'),
  updated: msg('Last change'),
};

/** Claim filters: words, verdicts, review state, tag, author, and the order. */
export function ClaimFilterBar(props: Props) {
  const { tags, facets, filter, sort, compact } = props;
  const { onFilter: setFilter, onClear: clearFilter, onSort: setSort } = props;
  const id = useId();
  const { t } = useTranslation();
  const active = JSON.stringify(filter) !== JSON.stringify(EMPTY_FILTER);
  const toggleVerdict = (verdict: Verdict) =>
    setFilter({
      verdicts: filter.verdicts.includes(verdict)
        ? filter.verdicts.filter((v) => v !== verdict)
        : [...filter.verdicts, verdict],
    });
  const tag = filter.tags[0] ?? '';
  const sortLabels: Record<ClaimSort, string> = {
    position: props.positionLabel ?? t(SORT_LABELS.position),
    updated: t(SORT_LABELS.updated),
  };
  const more = (children: ReactNode) =>
    compact ? (
      <details className="more-filters" open={active && !filter.text ? true : undefined}>
        <summary>{t('More filters and order')}</summary>
        <div className="claim-filters-row">{children}</div>
      </details>
    ) : (
      <div className="claim-filters-row">{children}</div>
    );

  return (
    <search
      className={`claim-filters${compact ? ' is-compact' : ''}`}
      aria-label={t('Filter claims')}
    >
      <div className="claim-filters-row">
        <div className="filter-field filter-search">
          <label htmlFor={`${id}-search`}>{t('Search claims')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={filter.text}
            placeholder={t('Words in the quote, rationale or evidence')}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setFilter({ text: e.target.value })}
          />
        </div>
        <div className="filter-field">
          <span className="filter-label" id={`${id}-verdicts`}>
            {t('Verdict')}
          </span>
          <div className="verdict-toggles" role="group" aria-labelledby={`${id}-verdicts`}>
            {VERDICTS.map((verdict) => (
              <button
                key={verdict}
                type="button"
                className={`verdict-toggle verdict-${verdict}`}
                aria-pressed={filter.verdicts.includes(verdict)}
                onClick={() => toggleVerdict(verdict)}
              >
                <span aria-hidden="true">{VERDICT_LABELS[verdict].symbol}</span>{' '}
                {t(VERDICT_LABELS[verdict].label)}{' '}
                {facets && <span className="toggle-count">{facets.verdict[verdict]}</span>}
              </button>
            ))}
          </div>
        </div>
        {props.disagreements !== undefined && (props.disagreements > 0 || filter.disagreements) && (
          <button
            type="button"
            className="verdict-toggle disagreement-toggle"
            aria-pressed={filter.disagreements}
            onClick={() => setFilter({ disagreements: !filter.disagreements })}
          >
            {t('Disagreements')} <span className="toggle-count">{props.disagreements}</span>
          </button>
        )}
      </div>
      {more(
        <>
          <div className="filter-field">
            <label htmlFor={`${id}-state`}>{t('Review state')}</label>
            <select
              id={`${id}-state`}
              value={filter.states[0] ?? ''}
              onChange={(e) =>
                setFilter({ states: e.target.value ? [e.target.value as ReviewState] : [] })
              }
            >
              <option value="">{t('Any state')}</option>
              {REVIEW_STATES.map((state) => (
                <option key={state} value={state}>
                  {t(REVIEW_STATE_LABELS[state])}
                  {facets && ` (${facets.state[state]})`}
                </option>
              ))}
            </select>
          </div>
          <div className="filter-field">
            <label htmlFor={`${id}-tag`}>{t('Tag')}</label>
            <select
              id={`${id}-tag`}
              value={tag}
              onChange={(e) => setFilter({ tags: e.target.value ? [e.target.value] : [] })}
            >
              <option value="">{tags?.length === 0 ? t('No tags yet') : t('Any tag')}</option>
              {/* A tag chosen earlier stays offered even once no claim carries it any more. */}
              {[...new Set([...(tags ?? []), ...(tag ? [tag] : [])])].map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          <div className="filter-field">
            <label htmlFor={`${id}-author`}>{t('Author')}</label>
            <input
              id={`${id}-author`}
              type="text"
              value={filter.author}
              placeholder={t('Who made or changed it')}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setFilter({ author: e.target.value })}
            />
          </div>
          <div className="filter-field">
            <label htmlFor={`${id}-sort`}>{t('Sort by')}</label>
            <select
              id={`${id}-sort`}
              value={sort}
              onChange={(e) => setSort(e.target.value as ClaimSort)}
            >
              {(Object.keys(sortLabels) as ClaimSort[]).map((s) => (
                <option key={s} value={s}>
                  {sortLabels[s]}
                </option>
              ))}
            </select>
          </div>
          {active && (
            <button type="button" className="link-button clear-filters" onClick={clearFilter}>
              {t('Clear filters')}
            </button>
          )}
        </>,
      )}
    </search>
  );
}
