import { useTranslation } from 'react-i18next';
import type { AnchoredClaim } from '../article-view/anchored-claim';
import { REVIEW_STATE_LABELS } from '../shared/review-state-labels';
import { VERDICT_LABELS } from '../shared/verdict-labels';

/**
 * The claims as numbered notes, for a printed article (shown by reader.css in print only): each
 * with its verdict in words and symbol, so that black and white keeps it, its quote, review
 * state, rationale and sources.
 */
export function PrintNotes({ claims }: { claims: AnchoredClaim[] }) {
  const { t } = useTranslation();
  return (
    <section className="print-notes" aria-labelledby="print-notes-title">
      <h2 id="print-notes-title">{t('Claims')}</h2>
      <ol>
        {claims.map(({ claim, match }) => (
          <li key={claim.id} className={`verdict-${claim.verdict}`}>
            <p className="print-note-head">
              <strong>
                {VERDICT_LABELS[claim.verdict].symbol} {t(VERDICT_LABELS[claim.verdict].label)}
              </strong>
              {' · '}
              {t(REVIEW_STATE_LABELS[claim.reviewState])}
              {match.status === 'orphaned' && ` · ${t('not found in the text')}`}
            </p>
            <blockquote className="print-note-quote">{claim.anchor.exact}</blockquote>
            {claim.note.trim() && <p className="print-note-text">{claim.note}</p>}
            {claim.evidence.length > 0 && (
              <ul className="print-note-sources">
                {claim.evidence.map((source) => (
                  <li key={source.id}>
                    {source.title ? `${source.title} — ` : ''}
                    {source.url}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
