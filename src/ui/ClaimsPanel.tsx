import { sliceCodePoints } from '../domain/code-points';
import { VERDICTS } from '../domain/types';
import type { AnchoredClaim } from './anchored-claim';
import { ClaimCard } from './ClaimCard';
import type { useClaimActions } from './use-claim-actions';
import { VerdictBadge } from './VerdictBadge';

interface Props {
  anchored: AnchoredClaim[];
  /** The article's canonical text (to show what an approximate claim now covers). */
  text: string;
  selectedClaimId: string | null;
  actions: ReturnType<typeof useClaimActions>;
  onSelect: (id: string) => void;
  onReattach: (id: string) => void;
}

/** The claims of the open article: counts, then claims in reading order, then those not found. */
export function ClaimsPanel(props: Props) {
  const { anchored, text, selectedClaimId, actions, onSelect, onReattach } = props;
  const found = anchored.filter((a) => a.match.status !== 'orphaned');
  const orphans = anchored.filter((a) => a.match.status === 'orphaned');
  const card = ({ claim, match }: AnchoredClaim) => (
    <li key={claim.id}>
      <ClaimCard
        claim={claim}
        match={match}
        selected={claim.id === selectedClaimId}
        onSelect={() => onSelect(claim.id)}
        onVerdict={(verdict) => void actions.update(claim.id, { verdict })}
        onNote={(note) => actions.update(claim.id, { note })}
        onDelete={() => void actions.remove(claim.id)}
        onReattach={() => onReattach(claim.id)}
        onConfirmPlacement={() => void actions.reattach(claim.id, match.start, match.end)}
        currentWords={
          match.status === 'approximate' ? sliceCodePoints(text, match.start, match.end) : ''
        }
      />
    </li>
  );

  return (
    <aside className="claims-panel" aria-label="Claims">
      <header className="panel-header">
        <h2>
          Claims <span className="count">{anchored.length}</span>
        </h2>
        <ul className="verdict-counts" aria-label="Claims per verdict">
          {VERDICTS.map((verdict) => (
            <li key={verdict}>
              <VerdictBadge verdict={verdict} />{' '}
              <strong>{anchored.filter((a) => a.claim.verdict === verdict).length}</strong>
            </li>
          ))}
        </ul>
      </header>
      {anchored.length === 0 ? (
        <div className="panel-empty">
          <p>No claims yet.</p>
          <p>
            Select words in the article with the mouse or with <kbd>Shift</kbd>+arrows, then press{' '}
            <kbd>C</kbd> (confirmed), <kbd>D</kbd> (disputed) or <kbd>U</kbd> (unverified).
          </p>
        </div>
      ) : (
        <ol className="claim-list">{found.map(card)}</ol>
      )}
      {orphans.length > 0 && (
        <section className="orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title">Not found in the text ({orphans.length})</h3>
          <p className="hint">
            The words of these claims are no longer in the article. They are kept until you delete
            them.
          </p>
          <ol className="claim-list">{orphans.map(card)}</ol>
        </section>
      )}
    </aside>
  );
}
