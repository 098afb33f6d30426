import { useState } from 'react';
import type { Article } from '../domain/types';
import { useUiStore } from '../store/ui-store';
import { ArticleEditor } from './ArticleEditor';
import { ClaimsPanel } from './ClaimsPanel';
import { EditArticleDialog } from './EditArticleDialog';
import { formatDay } from './format';
import { useAnchoredClaims } from './use-anchored-claims';
import { useArticle, useClaims } from './use-articles';
import { useClaimActions } from './use-claim-actions';

/** The reader for one article: the article text with its claims panel beside it. */
export function ReaderView({ articleId }: { articleId: string }) {
  const article = useArticle(articleId);
  const navigate = useUiStore((s) => s.navigate);
  if (article === undefined) return <main className="reader-loading">Loading article…</main>;
  if (article === null) {
    return (
      <main className="reader-missing">
        <h1>This article is not in the library</h1>
        <p>It may have been deleted, in this tab or in another one.</p>
        <button
          type="button"
          className="button primary"
          onClick={() => navigate({ name: 'library' })}
        >
          Back to the library
        </button>
      </main>
    );
  }
  // Keyed by id: a different article gets a fresh editor and painter.
  return <Reader key={article.id} article={article} />;
}

function Reader({ article }: { article: Article }) {
  const claims = useClaims(article.id);
  const anchored = useAnchoredClaims(article.text, claims);
  const selectedClaimId = useUiStore((s) => s.selectedClaimId);
  const scrollRequest = useUiStore((s) => s.scrollRequest);
  const selectClaim = useUiStore((s) => s.selectClaim);
  const actions = useClaimActions(article.id, article.text);
  const [editing, setEditing] = useState(false);
  const details = [article.publisher, article.author, formatDay(article.publishedAt)].filter(
    Boolean,
  );

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
                  Source
                </a>
              </>
            )}
          </p>
        </div>
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Edit details
        </button>
      </header>
      <div className="reader-body">
        <ArticleEditor
          article={article}
          anchored={anchored}
          selectedClaimId={selectedClaimId}
          scrollRequest={scrollRequest}
          onCreateClaim={(start, end, verdict) => void actions.create(start, end, verdict)}
          onSelectClaim={(id) => selectClaim(id)}
        />
        <ClaimsPanel
          anchored={anchored}
          selectedClaimId={selectedClaimId}
          actions={actions}
          onSelect={(id) => selectClaim(id, { scroll: true })}
        />
      </div>
      {editing && (
        <EditArticleDialog
          articleId={article.id}
          meta={article}
          onClose={() => setEditing(false)}
        />
      )}
    </main>
  );
}
