// The reader screen (src/ui/reader): one article with its claims panel, find box and keyboard
// review.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { createFinder } from '../../domain/text/find';
import type { Article, Claim } from '../../domain/types';
import { verdictMark, type Mark } from '../../domain/claims/rating-scale';
import { useRatingScale } from '../live/use-rating-scale';
import { useUiStore } from '../../store/ui-store';
import { afterNextPaint } from '../shared/after-paint';
import { ArticleEditor } from '../article-view/ArticleEditor';
import { ArticleErrorBoundary } from './ArticleErrorBoundary';
import { ClaimsPanel } from './ClaimsPanel';
import { DamagedArticle } from './DamagedArticle';
import { EditArticleDialog } from '../articles/EditArticleDialog';
import { FindBar } from './FindBar';
import { ReaderActions } from './ReaderActions';
import { isTypingTarget } from '../shared/is-typing-target';
import { formatDay } from '../shared/format';
import { useAnchoredClaims } from '../article-view/use-anchored-claims';
import { useArticle } from '../live/use-articles';
import { useClaims } from '../live/use-claims';
import { useClaimActions } from '../shared/use-claim-actions';
import { useApprovalGuard } from '../claim-card/use-approval-guard';
import { useDocumentDamage } from './use-document-damage';
import { useReviewShortcuts } from './use-review-shortcuts';
import { ShortcutsDialog } from './ShortcutsDialog';
import './reader.css';

/** No claims yet (one array, so that memoised children see no change). */
const NO_CLAIMS: readonly Claim[] = [];

/** The reader for one article: the article text with its claims panel beside it. */
export function ReaderView({ articleId }: { articleId: string }) {
  const article = useArticle(articleId);
  const navigate = useUiStore((s) => s.navigate);
  const { t } = useTranslation();
  if (article === undefined) return <main className="reader-loading">{t('Loading article…')}</main>;
  if (article === null) {
    return (
      <main className="reader-missing">
        <h1>{t('This article is not in the library')}</h1>
        <p>{t('It may have been deleted, in this tab or in another one.')}</p>
        <button
          type="button"
          className="button primary"
          onClick={() => navigate({ name: 'library' })}
        >
          {t('Back to the library')}
        </button>
      </main>
    );
  }
  // Keyed by id: a different article gets a fresh editor and painter.
  return <Reader key={article.id} article={article} />;
}

function Reader({ article }: { article: Article }) {
  const claims = useClaims(article.id);
  const { anchored, locating, text: anchoredText } = useAnchoredClaims(article.text, claims);
  const allLocated = claims !== undefined && locating === 0;
  const selectedClaimId = useUiStore((s) => s.selectedClaimId);
  const selectClaim = useUiStore((s) => s.selectClaim);
  const reattachClaimId = useUiStore((s) => s.reattachClaimId);
  const setReattach = useUiStore((s) => s.setReattach);
  const showToast = useUiStore((s) => s.showToast);
  // Every claim operation of the reader (panel, keys, article) keeps approvals that hold.
  const approval = useApprovalGuard(useClaimActions(article.id, article.text));
  const actions = approval.actions;
  const [editingMeta, setEditingMeta] = useState(false);
  const [editingText, setEditingText] = useState(false);
  const reattaching = anchored.find((a) => a.claim.id === reattachClaimId)?.claim;
  const [helpOpen, setHelpOpen] = useState(false);
  const { t } = useTranslation();
  const scale = useRatingScale();
  useReviewShortcuts({
    claims: anchored.filter((a) => a.match.status !== 'orphaned'),
    selectedClaimId,
    select: (id) => selectClaim(id, { scroll: true }),
    actions,
    openHelp: () => setHelpOpen(true),
    say: (message) => showToast({ message, tone: 'info' }),
    enabled: !editingText && !helpOpen && !editingMeta,
    scale,
  });
  const [find, setFind] = useState({ open: false, query: '', matchAccents: false, current: 0 });
  const [findFocus, setFindFocus] = useState(0);
  const finder = useMemo(() => createFinder(article.text), [article.text]);
  const matches = useMemo(
    () => (find.open ? finder(find.query, { matchAccents: find.matchAccents }) : []),
    [finder, find.open, find.query, find.matchAccents],
  );
  const currentMatch = Math.min(find.current, Math.max(matches.length - 1, 0));
  // The editor is only handed a document it can open, and that yields the article's text.
  const damage = useDocumentDamage(article);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const ctrlF = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !isTypingTarget(e.target);
      if (!ctrlF && !slash) return;
      e.preventDefault();
      setFind((f) => ({ ...f, open: true }));
      setFindFocus((n) => n + 1);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const details = [article.publisher, article.author, formatDay(article.publishedAt)].filter(
    Boolean,
  );

  const selectAndShow = useCallback(
    (id: string) => selectClaim(id, { scroll: true }),
    [selectClaim],
  );
  const startReattach = useCallback(
    (id: string) => {
      setEditingText(false);
      setReattach(id);
    },
    [setReattach],
  );

  const onSelection = useCallback(
    (start: number, end: number, mark: Mark) => {
      if (!reattaching) {
        // Painted by the editor in this frame; the write starts right after it is shown.
        const claimId = crypto.randomUUID();
        const done = afterNextPaint().then(() => actions.create(start, end, mark, claimId));
        return { claimId, done };
      }
      setReattach(null);
      const done = actions.reattach(reattaching.id, start, end);
      void done.then(() => selectClaim(reattaching.id));
      return { claimId: null, done };
    },
    [reattaching, actions, setReattach, selectClaim],
  );
  const selectOnly = useCallback((id: string) => selectClaim(id), [selectClaim]);

  return (
    <main className="reader">
      <header className="reader-head">
        <div className="reader-title">
          <h1>{article.title}</h1>
          <p className="reader-meta">
            {details.join(' · ')}
            {article.sourceUrl && (
              <>
                {details.length > 0 && ' · '}
                <a href={article.sourceUrl} target="_blank" rel="noopener noreferrer">
                  {t('Source')}
                </a>
              </>
            )}
          </p>
        </div>
        <ReaderActions
          articleId={article.id}
          editingText={editingText}
          allLocated={allLocated}
          damaged={damage !== null}
          onToggleEditing={() => {
            setReattach(null);
            setEditingText((e) => !e);
          }}
          onFind={() => {
            setFind((f) => ({ ...f, open: true }));
            setFindFocus((n) => n + 1);
          }}
          onEditDetails={() => setEditingMeta(true)}
        />
      </header>
      {editingText && (
        <p className="mode-banner" role="status">
          <Trans
            t={t}
            i18nKey="Editing the text: fix typos, remove boilerplate, split or join paragraphs. Claims follow your changes; a claim whose words you delete is kept as “not found”. <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes text and claims together."
            components={{ kbd: <kbd /> }}
          />
        </p>
      )}
      {reattaching && (
        <p className="mode-banner" role="status">
          <Trans
            t={t}
            i18nKey="Select the words for “{{quote}}” in the article, then choose <strong>Attach here</strong>."
            values={{ quote: reattaching.anchor.exact }}
            components={{ strong: <strong /> }}
          />{' '}
          <button type="button" className="link-button" onClick={() => setReattach(null)}>
            {t('Cancel')}
          </button>
        </p>
      )}
      {find.open && (
        <FindBar
          query={find.query}
          matchAccents={find.matchAccents}
          matches={matches}
          current={currentMatch}
          focusRequest={findFocus}
          onQuery={(query) => setFind((f) => ({ ...f, query, current: 0 }))}
          onMatchAccents={(matchAccents) => setFind((f) => ({ ...f, matchAccents, current: 0 }))}
          onMove={(delta) =>
            setFind((f) => ({
              ...f,
              current: (currentMatch + delta + matches.length) % Math.max(matches.length, 1),
            }))
          }
          onMark={(verdict) => {
            const match = matches[currentMatch];
            if (match) onSelection(match.start, match.end, verdictMark(verdict));
          }}
          onClose={() => setFind((f) => ({ ...f, open: false }))}
        />
      )}
      <div className="reader-body">
        {damage !== null ? (
          <DamagedArticle article={article} detail={damage} />
        ) : (
          <ArticleErrorBoundary
            doc={article.doc}
            fallback={(detail) => <DamagedArticle article={article} detail={detail} />}
          >
            <ArticleEditor
              article={article}
              anchored={anchored}
              claims={claims ?? NO_CLAIMS}
              anchoredIn={anchoredText}
              editing={editingText}
              attachVerdict={reattaching?.verdict ?? null}
              findMatches={matches}
              findCurrent={matches.length > 0 ? currentMatch : -1}
              onCreateClaim={onSelection}
              onSelectClaim={selectOnly}
              onJumpToClaim={selectAndShow}
              onSaveText={actions.saveText}
            />
          </ArticleErrorBoundary>
        )}
        <ClaimsPanel
          anchored={anchored}
          locating={locating}
          loading={claims === undefined}
          text={article.text}
          selectedClaimId={selectedClaimId}
          actions={actions}
          onSelect={selectAndShow}
          onReattach={startReattach}
        />
      </div>
      {approval.dialog}
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
      {editingMeta && (
        <EditArticleDialog
          articleId={article.id}
          meta={article}
          onClose={() => setEditingMeta(false)}
        />
      )}
    </main>
  );
}
