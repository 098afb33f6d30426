import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimChange } from '../../domain/types';
import { formatDateTime } from '../shared/format';
import { changeSentence } from './change-text';

/** How many of the latest changes show before the reviewer asks for all. */
const LATEST = 5;

interface Props {
  log: ClaimChange[];
  /** Makes the claim what it was at a revision of its log (recorded as a restoration). */
  onRestore: (rev: string) => void;
}

/**
 * A claim's change log as a timeline, newest first: who changed what, from what to what, and
 * when, in the UI language; every earlier state can be restored in one action.
 */
export function ClaimTimeline({ log, onRestore }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (log.length === 0) return null;
  const newestFirst = log.map((entry, index) => ({ entry, index })).reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, LATEST);
  const current = log.length - 1;
  return (
    <section className="details-section claim-timeline" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="timeline-title">
        {t('Changes')}
      </h4>
      <ol className="timeline-list" id={id}>
        {shown.map(({ entry, index }) => {
          const date = formatDateTime(entry.at);
          return (
            <li key={`${entry.rev}-${index}`} className={`timeline-entry kind-${entry.kind}`}>
              <span className="timeline-text">{changeSentence(entry, log, t)}</span>{' '}
              <span className="hint">
                · <time dateTime={entry.at}>{date}</time>
              </span>
              {index < current && entry.kind !== 'delete' && (
                <button
                  type="button"
                  className="link-button timeline-restore"
                  onClick={() => onRestore(entry.rev)}
                >
                  {t('Restore this state')}
                  <span className="visually-hidden"> {t('of {{date}}', { date })}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {log.length > LATEST && (
        <button
          type="button"
          className="link-button"
          aria-controls={id}
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all
            ? t('Show the latest changes only')
            : t('Show all {{count}} changes', { count: log.length })}
        </button>
      )}
    </section>
  );
}
