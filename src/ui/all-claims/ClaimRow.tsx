import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimInLibrary } from '../../db/claims-query';
import { formatDateTime } from '../shared/format';
import { routeHash } from '../../store/route';
import { openClaimInArticle } from './open-claim';
import { REVIEW_STATE_LABELS } from '../shared/review-state-labels';
import { VerdictBadge } from '../shared/VerdictBadge';

/**
 * One claim of the library-wide list. The quote is the row's link (the whole row is its click
 * target), so a screen reader hears the quote as the link and the rest as the row's details.
 * A row renders again only when its row object changes (a keystroke in the filter re-renders
 * the list before its answer arrives).
 */
export const ClaimRow = memo(function ClaimRow({ row }: { row: ClaimInLibrary }) {
  const { claim, article } = row;
  const by = claim.updatedBy || claim.createdBy;
  const { t } = useTranslation();
  return (
    <div className={`claim-row verdict-${claim.verdict}`}>
      <div className="claim-row-verdict">
        <VerdictBadge verdict={claim.verdict} />
      </div>
      <div className="claim-row-main">
        <a
          className="claim-row-quote"
          href={routeHash({ name: 'article', articleId: article.id })}
          onClick={(e) => {
            // Let a modified click open the article in a new tab or window, as links do.
            if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
            e.preventDefault();
            openClaimInArticle(article.id, claim.id);
          }}
        >
          {claim.anchor.exact}
        </a>
        <p className="claim-row-article">
          <span className="visually-hidden">{`${t('In')} `}</span>
          {article.title || t('Untitled article')}
          {claim.orphanedAt && (
            <span className="claim-row-orphan"> · {t('not found in the text')}</span>
          )}
        </p>
      </div>
      <p className={`claim-row-state state-${claim.reviewState}`}>
        <span className="visually-hidden">{`${t('Review state:')} `}</span>
        {t(REVIEW_STATE_LABELS[claim.reviewState])}
      </p>
      <div className="claim-row-tags">
        {claim.tags.length > 0 && (
          <ul className="claim-row-tag-list" aria-label={t('Tags')}>
            {claim.tags.map((tag) => (
              <li key={tag} className="claim-row-tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="claim-row-updated">
        <span className="visually-hidden">{`${t('Last change:')} `}</span>
        <time dateTime={claim.updatedAt}>{formatDateTime(claim.updatedAt)}</time>
        {by && <span className="claim-row-by">{t('by {{name}}', { name: by })}</span>}
      </p>
    </div>
  );
});
