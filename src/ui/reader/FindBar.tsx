import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindMatch } from '../../domain/text/find';
import { VERDICTS, type Verdict } from '../../domain/types';
import { VERDICT_LABELS } from '../shared/verdict-labels';

interface Props {
  query: string;
  matchAccents: boolean;
  matches: FindMatch[];
  current: number;
  /** Bumped to move the focus into the box (the `/` and Ctrl+F shortcuts). */
  focusRequest: number;
  onQuery: (query: string) => void;
  onMatchAccents: (value: boolean) => void;
  onMove: (delta: 1 | -1) => void;
  onMark: (verdict: Verdict) => void;
  onClose: () => void;
}

/** The reader's find box: tolerant matching, count, next/previous, and "mark as claim". */
export function FindBar(props: Props) {
  const { query, matches, current, focusRequest } = props;
  const id = useId();
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);
  const count =
    query.trim() === ''
      ? ''
      : matches.length === 0
        ? t('No match')
        : t('{{current}} of {{total}}', { current: current + 1, total: matches.length });
  return (
    <div className="find-bar" role="search" aria-label={t('Find in article')}>
      <label htmlFor={id} className="visually-hidden">
        {t('Find in article')}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        value={query}
        placeholder={t('Find in article…')}
        autoComplete="off"
        onChange={(e) => props.onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            props.onMove(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            props.onClose();
          }
        }}
      />
      <span className="find-count" role="status" aria-live="polite">
        {count}
      </span>
      <button
        type="button"
        className="button small"
        aria-label={t('Previous match')}
        disabled={matches.length === 0}
        onClick={() => props.onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button small"
        aria-label={t('Next match')}
        disabled={matches.length === 0}
        onClick={() => props.onMove(1)}
      >
        ↓
      </button>
      <label className="find-option">
        <input
          type="checkbox"
          checked={props.matchAccents}
          onChange={(e) => props.onMatchAccents(e.target.checked)}
        />
        {t('Match accents')}
      </label>
      {matches.length > 0 && (
        <span
          className="find-mark"
          role="group"
          aria-label={t('Mark the current match as a claim')}
        >
          <span className="hint">{t('Mark as')}</span>
          {VERDICTS.map((verdict) => (
            <button
              key={verdict}
              type="button"
              className={`verdict-button verdict-${verdict}`}
              onClick={() => props.onMark(verdict)}
            >
              <span aria-hidden="true">{VERDICT_LABELS[verdict].symbol}</span>{' '}
              {t(VERDICT_LABELS[verdict].label)}
            </button>
          ))}
        </span>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={t('Close find')}
        onClick={props.onClose}
      >
        ×
      </button>
    </div>
  );
}
