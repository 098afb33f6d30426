import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import {
  claimFilterTest,
  countBy,
  EMPTY_FILTER,
  REVIEW_STATES,
  sortClaims,
  type ClaimFilter,
  type ClaimSort,
} from '../../domain/claims/claim-filter';
import { sliceCodePoints } from '../../domain/text/code-points';
import { VERDICTS } from '../../domain/types';
import type { AnchoredClaim } from '../article-view/anchored-claim';
import { AnchorSuggestion } from '../claim-card/AnchorSuggestion';
import { ClaimCard, type ClaimCardActions } from '../claim-card/ClaimCard';
import { ClaimFilterBar } from '../shared/ClaimFilterBar';
import { formatNumber } from '../shared/format';
import { msg } from '../i18n/i18n';
import { REVIEW_STATE_LABELS } from '../shared/review-state-labels';
import { useClaimTags } from '../live/use-all-claims';
import type { useClaimActions } from '../shared/use-claim-actions';
import { useIdleSearchPrep } from './use-idle-search-prep';
import { useRevealSelected } from './use-reveal-selected';
import { useClaimsSheet } from './use-claims-sheet';
import { useListTop } from './use-list-top';
import { PrintNotes } from './PrintNotes';
import { usePrinting } from '../shared/use-printing';
import { useDisplayStore } from '../../store/display-store';
import { useUiStore } from '../../store/ui-store';
import { useReviewerSettings } from '../live/use-reviewer-settings';
import { VerdictBadge } from '../shared/VerdictBadge';
import { AdjudicationDialog } from '../claim-card/AdjudicationDialog';
import { AgreementSummary } from './AgreementSummary';
import { useArticleAgreement } from './use-article-agreement';
import { useRatingScale } from '../live/use-rating-scale';

const DENSITIES = [
  { density: 'cards', label: msg('Cards') },
  { density: 'list', label: msg('List') },
] as const;

interface Props {
  anchored: AnchoredClaim[];
  /** Claims whose quotes are still being looked for in the text. */
  locating: number;
  /** The claims have not been read yet. */
  loading: boolean;
  /** The article's canonical text (to show what an approximate claim now covers). */
  text: string;
  selectedClaimId: string | null;
  actions: ReturnType<typeof useClaimActions>;
  onSelect: (id: string) => void;
  onReattach: (id: string) => void;
}

/**
 * The claims of the open article: counts per verdict and review state, filters, then the claims
 * (in reading order or by last change) in a virtualised list, then those not found in the text.
 */
export function ClaimsPanel(props: Props) {
  const { anchored, locating, loading, text, selectedClaimId, actions, onSelect, onReattach } =
    props;
  const [filter, setFilter] = useState<ClaimFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<ClaimSort>('position');
  const tags = useClaimTags();
  const { t } = useTranslation();
  // The list is filtered in the render of the keystroke itself: a deferred filter paints twice,
  // and every painted frame that changes the page makes Chromium rebuild the article's
  // highlights, which costs more than filtering thousands of claims.
  const { scroller, listTop, setListElement } = useListTop();

  const sheet = useClaimsSheet(scroller, selectedClaimId);
  const printing = usePrinting();
  const claims = useMemo(() => anchored.map((a) => a.claim), [anchored]);
  const counts = useMemo(() => countBy(claims), [claims]);
  const agreement = useArticleAgreement(claims);
  const [adjudicating, setAdjudicating] = useState<string | null>(null);
  useIdleSearchPrep(claims);
  const { found, orphans } = useMemo(() => {
    const keep = claimFilterTest(filter, agreement.disagreeing);
    const kept = anchored.filter((a) => keep(a.claim));
    const sorted = sort === 'position' ? kept : sortClaims(kept, sort, (a) => a.claim);
    return {
      found: sorted.filter((a) => a.match.status !== 'orphaned'),
      orphans: sorted.filter((a) => a.match.status === 'orphaned'),
    };
  }, [anchored, filter, sort, agreement]);

  // Stable between renders of the same list: TanStack Virtual recomputes every item's place
  // (thousands on a long article) whenever its options change.
  const getItemKey = useCallback((index: number) => found[index]!.claim.id, [found]);
  const density = useDisplayStore((s) => s.density);
  const setDensity = useDisplayStore((s) => s.setDensity);
  const estimateSize = useCallback(() => (density === 'list' ? 44 : 124), [density]);
  // TanStack Virtual returns fresh values from a stable object, which the React Compiler cannot
  // memoise; this component is left uncompiled on purpose.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: found.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    overscan: 4,
    getItemKey,
    scrollMargin: listTop,
  });

  // The selected claim, however it was chosen, is shown whole below the sticky header.
  const scrollRequest = useUiStore((s) => s.scrollRequest);
  useRevealSelected({
    panel: scroller,
    selectedClaimId,
    request: scrollRequest,
    layout: density,
    index: found.findIndex((a) => a.claim.id === selectedClaimId),
    offsetOf: (index) => virtualizer.getOffsetForIndex(index, 'start')?.[0],
  });

  const reviewer = useReviewerSettings()?.reviewerName ?? '';
  const scale = useRatingScale();
  const cardActions = useMemo<ClaimCardActions>(
    () => ({
      select: onSelect,
      setMark: (id, mark) => void actions.update(id, mark),
      saveNote: (id, note) => actions.update(id, { note }),
      remove: (id) => void actions.remove(id),
      review: (id, changes) => actions.update(id, changes),
      reattach: onReattach,
      confirmPlacement: (id, match) => void actions.reattach(id, match.start, match.end),
      adjudicate: setAdjudicating,
    }),
    [actions, onSelect, onReattach],
  );
  const card = ({ claim, match }: AnchoredClaim) => (
    <ClaimCard
      claim={claim}
      match={match}
      selected={claim.id === selectedClaimId}
      density={density}
      reviewer={reviewer}
      disagreeing={agreement.disagreeing.has(claim.id)}
      scale={scale}
      actions={cardActions}
      currentWords={
        match.status === 'approximate' ? sliceCodePoints(text, match.start, match.end) : ''
      }
    />
  );
  const shown = found.length + orphans.length;

  return (
    <aside
      className={`claims-panel${sheet.sheet ? ` is-sheet is-${sheet.size}` : ''}`}
      aria-label={t('Claims')}
      ref={scroller}
      style={sheet.style}
    >
      <header className="panel-header">
        {sheet.sheet && (
          <button
            type="button"
            className="sheet-handle"
            aria-label={t('Resize the claims panel')}
            title={t('Drag, tap or use the arrow keys to resize')}
            {...sheet.handle}
          >
            <span aria-hidden="true" />
          </button>
        )}
        <div className="panel-title">
          <h2>
            {t('Claims')} <span className="count">{formatNumber(anchored.length + locating)}</span>
          </h2>
          <div className="density-switch" role="group" aria-label={t('Show claims as')}>
            {DENSITIES.map(({ density: value, label }) => (
              <button
                key={value}
                type="button"
                aria-pressed={density === value}
                onClick={() => setDensity(value)}
              >
                {t(label)}
              </button>
            ))}
          </div>
        </div>
        <ul className="verdict-counts" aria-label={t('Claims per verdict')}>
          {VERDICTS.map((verdict) => (
            <li key={verdict}>
              <VerdictBadge verdict={verdict} />{' '}
              <strong>{formatNumber(counts.verdict[verdict])}</strong>
            </li>
          ))}
        </ul>
        <ul className="state-counts" aria-label={t('Claims per review state')}>
          {REVIEW_STATES.map((state) => (
            <li key={state}>
              {t(REVIEW_STATE_LABELS[state])} <strong>{formatNumber(counts.state[state])}</strong>
            </li>
          ))}
        </ul>
        <AgreementSummary summary={agreement.summary} />
      </header>
      {locating > 0 && (
        <p className="hint locating" role="status">
          {t('Looking for {{count}} claims in the text…', { count: locating })}
        </p>
      )}
      {loading ? (
        <p className="panel-empty" role="status">
          {t('Loading claims…')}
        </p>
      ) : anchored.length + locating === 0 ? (
        <div className="panel-empty">
          <p>{t('No claims yet.')}</p>
          <p>
            <Trans
              t={t}
              i18nKey="Select words in the article with the mouse or with <kbd>Shift</kbd>+arrows, then press <kbd>C</kbd> (confirmed), <kbd>D</kbd> (disputed) or <kbd>U</kbd> (unverified). <kbd>?</kbd> lists every shortcut."
              components={{ kbd: <kbd /> }}
            />
          </p>
        </div>
      ) : (
        <>
          <ClaimFilterBar
            compact
            tags={tags}
            facets={counts}
            filter={filter}
            sort={sort}
            onFilter={(changes) => setFilter((f) => ({ ...f, ...changes }))}
            onClear={() => setFilter(EMPTY_FILTER)}
            onSort={setSort}
            disagreements={agreement.disagreeing.size}
            positionLabel={t('Position in the article')}
          />
          {shown < anchored.length && (
            <p className="hint filter-count" role="status">
              {t('{{count}} of {{total}} claims shown', { count: shown, total: anchored.length })}
            </p>
          )}
          <ol
            ref={setListElement}
            className="claim-list is-virtual"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{
                  transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
                }}
              >
                {card(found[item.index]!)}
              </li>
            ))}
          </ol>
        </>
      )}
      {orphans.length > 0 && (
        <section className="orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title">
            {t('Not found in the text ({{number}})', { number: orphans.length })}
          </h3>
          <p className="hint">
            {t(
              'The words of these claims are no longer in the article. They are kept until you delete them.',
            )}
          </p>
          <ol className="claim-list">
            {orphans.map((a) => (
              <li key={a.claim.id}>
                {card(a)}
                <AnchorSuggestion
                  claim={a.claim}
                  match={a.match}
                  text={text}
                  attach={(id, start, end) => void actions.reattach(id, start, end)}
                />
              </li>
            ))}
          </ol>
        </section>
      )}
      {adjudicating && agreement.unitOf(adjudicating).length > 0 && (
        <AdjudicationDialog
          claims={agreement.unitOf(adjudicating)}
          startedFrom={adjudicating}
          onClose={() => setAdjudicating(null)}
        />
      )}
      {/* Printed, the claims are notes after the article, in reading order. */}
      {printing && <PrintNotes claims={anchored} />}
    </aside>
  );
}
