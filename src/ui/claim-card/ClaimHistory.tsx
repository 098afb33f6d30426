import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimVersion } from '../../domain/types';
import { historyReason } from '../shared/problem-messages';
import { formatDateTime } from '../shared/format';
import { VerdictBadge } from '../shared/VerdictBadge';

interface Props {
  history: ClaimVersion[];
  onRestore: (index: number, version: ClaimVersion) => void;
}

const EXCERPT_LENGTH = 160;

function excerpt(note: string): string {
  const flat = note.replace(/\s+/gu, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

/** The earlier versions of a claim, newest first, each of which can be made current again. */
export function ClaimHistory({ history, onRestore }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const { t } = useTranslation();
  if (history.length === 0) return null;
  return (
    <div className="details-section claim-history">
      <button
        type="button"
        className="disclosure-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        <span className="disclosure-mark" aria-hidden="true" />
        {t('{{count}} earlier versions', { count: history.length })}
      </button>
      {open && (
        <ol id={id} className="history-list">
          {history.map((version, index) => (
            <li key={`${version.updatedAt}-${index}`} className="history-version">
              <div className="history-head">
                <VerdictBadge verdict={version.verdict} />
                <span className="hint">
                  {version.updatedBy ? `${version.updatedBy}, ` : ''}
                  <time dateTime={version.updatedAt}>{formatDateTime(version.updatedAt)}</time>
                </span>
              </div>
              {version.note.trim() !== '' && (
                <p className="history-note">{excerpt(version.note)}</p>
              )}
              <div className="history-foot">
                {version.replacedBecause && (
                  <span className="hint">
                    {t('Replaced: {{reason}}', {
                      reason: historyReason(version.replacedBecause),
                    })}
                  </span>
                )}
                <button
                  type="button"
                  className="button small"
                  onClick={() => onRestore(index, version)}
                >
                  {t('Restore')}
                  <span className="visually-hidden">
                    {' '}
                    {t('the version of {{date}}', { date: formatDateTime(version.updatedAt) })}
                  </span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
