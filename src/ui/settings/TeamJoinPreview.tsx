import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resolution } from '../../domain/merge/plan';
import type { JoinPreview } from '../../db/team-join';
import { ImportPreview } from '../exchange/ImportPreview';
import '../exchange/exchange.css';

/** How a join is settled until the person chooses otherwise: the newer version of a conflict. */
const NEWER_WINS: Resolution = { rule: 'newer', choices: {}, accept: [] };

interface Props {
  team: string;
  /** Uploading later the articles kept out (no choice to join without uploading). */
  later: boolean;
  preview: JoinPreview;
  /** Joins, uploading this library or not, settled as chosen. */
  onJoin: (resolution: Resolution, upload: boolean) => void;
  onCancel: () => void;
  busy: boolean;
}

/**
 * What joining a team does to this browser's library and to the team's, shown with the import
 * preview of files (the team's side as the local one), before anything is sent or stored.
 */
export function TeamJoinPreview({ team, later, preview, onJoin, onCancel, busy }: Props) {
  const { t } = useTranslation();
  const [resolution, setResolution] = useState<Resolution>(NEWER_WINS);
  return (
    <section className="team-join" aria-label={t('Uploading this library to the team')}>
      {later ? (
        <p>
          {t(
            'Uploading the articles kept in this browser merges them into the library of {{team}} as a file import would: nothing is sent or saved until you choose.',
            { team },
          )}
        </p>
      ) : (
        <>
          <p>
            {t(
              'This browser holds articles. Uploading them to {{team}} merges them into the team’s library as a file import would: nothing is sent or saved until you choose.',
              { team },
            )}
          </p>
          <p role="status">
            {t('{{count}} articles of the team arrive in this browser.', {
              count: preview.arriving,
            })}
          </p>
        </>
      )}
      <h4>{t('What the team’s library gains')}</h4>
      <ImportPreview
        summary={preview.summary}
        resolution={resolution}
        onChange={setResolution}
        sideLabels={{
          local: t('The team’s'),
          incoming: t('Yours'),
          keepLocal: t('Keep the team’s'),
          takeIncoming: t('Keep yours'),
          allLocal: t('Keep the team’s for all'),
          allIncoming: t('Keep yours for all'),
        }}
      />
      {preview.problems.length > 0 && (
        <div className="notice">
          <p>{t('Some records of the team were left out:')}</p>
          <ul>
            {preview.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {!later && (
        <p className="hint">
          {t(
            'Without uploading, the {{count}} articles the team does not have stay in this browser only, marked as not shared; articles the team already has are merged as shown either way.',
            { count: preview.newToTeam },
          )}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('Cancel')}
        </button>
        {!later && (
          <button
            type="button"
            className="button"
            onClick={() => onJoin(resolution, false)}
            disabled={busy}
          >
            {t('Join without uploading')}
          </button>
        )}
        <button
          type="button"
          className="button primary"
          onClick={() => onJoin(resolution, true)}
          disabled={busy}
        >
          {later ? t('Upload') : t('Upload and join')}
        </button>
      </div>
    </section>
  );
}
